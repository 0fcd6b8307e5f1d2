package org.luoshi.publicity.web.portal;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.List;
import org.luoshi.publicity.PortalColumn;
import org.luoshi.publicity.internal.portal.AdoptedSubmissions;
import org.luoshi.publicity.internal.portal.Article;
import org.luoshi.publicity.internal.portal.ArticleQueries;
import org.luoshi.publicity.internal.portal.ArticleRepository;
import org.luoshi.publicity.internal.portal.ArticleWorkflow;
import org.luoshi.publicity.internal.portal.PublishAdopted;
import org.luoshi.shared.error.BusinessException;
import org.luoshi.shared.error.Messages;
import org.luoshi.shared.files.StoredFile;
import org.luoshi.shared.files.Upload;
import org.luoshi.shared.security.Actor;
import org.luoshi.shared.security.CurrentActor;
import org.luoshi.shared.web.FormErrors;
import org.luoshi.shared.web.PageQuery;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * 门户发布 pages: the unit's articles, the submissions it adopted ready to publish, writing and editing an article
 * (with its images), scheduling, pinning and withdrawing. Only the actions the person may take are offered.
 */
@Controller
@RequestMapping("/publicity/articles")
class ArticlePageController {

    private final ArticleWorkflow workflow;
    private final ArticleQueries queries;
    private final ArticleRepository articles;
    private final AdoptedSubmissions adopted;
    private final Messages messages;
    private final org.luoshi.shared.files.FileStore files;
    private final Clock clock;
    private final ArticleExport export;

    ArticlePageController(ArticleWorkflow workflow, ArticleQueries queries, ArticleRepository articles,
            AdoptedSubmissions adopted, Messages messages, org.luoshi.shared.files.FileStore files, Clock clock,
            ArticleExport export) {
        this.export = export;
        this.files = files;
        this.workflow = workflow;
        this.queries = queries;
        this.articles = articles;
        this.adopted = adopted;
        this.messages = messages;
        this.clock = clock;
    }

    @ModelAttribute("menu")
    String menu() {
        return "publicity";
    }

    @ModelAttribute("columns")
    PortalColumn[] columns() {
        return PortalColumn.values();
    }

    @GetMapping
    String list(@RequestParam(required = false) PortalColumn column,
            @RequestParam(required = false) Article.Status status, @RequestParam(required = false) Integer page,
            @RequestParam(required = false) Integer size, @RequestParam(required = false) Integer adoptedPage,
            Model model) {
        Actor actor = CurrentActor.get();
        ArticleQueries.Filter filter = new ArticleQueries.Filter(column, status);
        model.addAttribute("filter", filter);
        model.addAttribute("statuses", Article.Status.values());
        model.addAttribute("page", queries.list(actor, filter, PageQuery.of(page, size)));
        model.addAttribute("mayPublish", Article.mayPublish(actor));
        model.addAttribute("adopted", Article.mayPublish(actor)
                ? adopted.list(actor.unitId(), PageQuery.of(adoptedPage, 10)) : null);
        return "publicity/articles/list";
    }

    @GetMapping("/export.xlsx")
    void export(@RequestParam(required = false) PortalColumn column,
            @RequestParam(required = false) Article.Status status, HttpServletResponse response)
            throws IOException {
        export.write(response, CurrentActor.get(), new ArticleQueries.Filter(column, status));
    }

    @GetMapping("/new")
    String newArticle(Model model) {
        if (!Article.mayPublish(CurrentActor.get())) {
            throw BusinessException.forbidden("publicity.article.notStaff");
        }
        return formPage(null, new ArticleForm(), model);
    }

    @PostMapping("/new")
    String publish(@ModelAttribute("form") ArticleForm form, BindingResult binding,
            @RequestParam(name = "files", required = false) List<MultipartFile> files, Model model,
            HttpServletResponse response, RedirectAttributes redirect) {
        return FormErrors.submit(binding, response, () -> {
            upload(form, files);
            long id = workflow.publish(CurrentActor.get(), form.publish(clock.getZone()));
            redirect.addFlashAttribute("flash", messages.get("publicity.article.saved"));
            return "redirect:/publicity/articles/" + id;
        }, () -> formPage(null, form, model));
    }

    @GetMapping("/{id}")
    String show(@PathVariable long id, Model model) {
        Actor actor = CurrentActor.get();
        Article article = workflow.visible(id, actor);
        model.addAttribute("a", article);
        model.addAttribute("status", article.status(clock.instant()));
        model.addAttribute("images", articles.images(id));
        model.addAttribute("mayEdit", article.mayEdit(actor));
        return "publicity/articles/detail";
    }

    @GetMapping("/{id}/edit")
    String edit(@PathVariable long id, Model model) {
        Actor actor = CurrentActor.get();
        Article article = workflow.visible(id, actor);
        if (!article.mayEdit(actor)) {
            throw BusinessException.forbidden("publicity.article.notYourUnit");
        }
        return formPage(id, ArticleForm.of(article, articles.images(id), clock.getZone()), model);
    }

    @PostMapping("/{id}/edit")
    String revise(@PathVariable long id, @ModelAttribute("form") ArticleForm form, BindingResult binding,
            @RequestParam(name = "files", required = false) List<MultipartFile> files, Model model,
            HttpServletResponse response, RedirectAttributes redirect) {
        return FormErrors.submit(binding, response, form,
                () -> workflow.visible(id, CurrentActor.get()).version(), () -> {
                    upload(form, files);
                    workflow.edit(CurrentActor.get(), id, form.edit(clock.getZone()), form.getVersion());
                    redirect.addFlashAttribute("flash", messages.get("publicity.article.saved"));
                    return "redirect:/publicity/articles/" + id;
                }, () -> formPage(id, form, model));
    }

    @PostMapping("/{id}/pin")
    String pin(@PathVariable long id, @RequestParam(required = false) Integer version,
            RedirectAttributes redirect) {
        return FormErrors.act(redirect, messages, "/publicity/articles/" + id, () -> {
            workflow.pin(CurrentActor.get(), id, true, version);
            redirect.addFlashAttribute("flash", messages.get("publicity.article.pinned"));
            return "redirect:/publicity/articles/" + id;
        });
    }

    @PostMapping("/{id}/unpin")
    String unpin(@PathVariable long id, @RequestParam(required = false) Integer version,
            RedirectAttributes redirect) {
        return FormErrors.act(redirect, messages, "/publicity/articles/" + id, () -> {
            workflow.pin(CurrentActor.get(), id, false, version);
            redirect.addFlashAttribute("flash", messages.get("publicity.article.unpinned"));
            return "redirect:/publicity/articles/" + id;
        });
    }

    @PostMapping("/{id}/withdraw")
    String withdraw(@PathVariable long id, @RequestParam(required = false) String reason,
            @RequestParam(required = false) Integer version, RedirectAttributes redirect) {
        return FormErrors.act(redirect, messages, "/publicity/articles/" + id + "#withdraw", () -> {
            workflow.withdraw(CurrentActor.get(), id, reason, version);
            redirect.addFlashAttribute("flash", messages.get("publicity.article.withdrawnDone"));
            return "redirect:/publicity/articles/" + id;
        });
    }

    /** 发布采用稿件: from the list of adopted submissions, to a column, now or at a time. */
    @PostMapping("/adopted/{submissionId}/publish")
    String publishAdopted(@PathVariable long submissionId, @RequestParam(required = false) PortalColumn column,
            @RequestParam(required = false) @DateTimeFormat(pattern = "yyyy-MM-dd'T'HH:mm") LocalDateTime publishAt,
            @RequestParam(required = false) boolean pinned, RedirectAttributes redirect) {
        return FormErrors.act(redirect, messages, "/publicity/articles#adopted", () -> {
            long id = workflow.publishAdopted(CurrentActor.get(), new PublishAdopted(submissionId, column,
                    publishAt == null ? null : publishAt.atZone(clock.getZone()).toInstant(), pinned));
            redirect.addFlashAttribute("flash", messages.get("publicity.article.saved"));
            return "redirect:/publicity/articles/" + id;
        });
    }

    /** An image on the editors' pages: one the editor may attach (uploaded, adopted, or already published). */
    @GetMapping("/images/{fileId}")
    org.springframework.http.ResponseEntity<byte[]> image(@PathVariable long fileId) {
        StoredFile file = workflow.staffImage(CurrentActor.get(), fileId);
        return files.content(file.id()).map(content -> org.luoshi.shared.files.FileDownload.of(file, content))
                .orElseThrow(() -> BusinessException.notFound("publicity.article.image.missing"));
    }

    /** New images uploaded with the form join its list (with an empty caption), so a refused form keeps them. */
    private void upload(ArticleForm form, List<MultipartFile> files) {
        for (Upload upload : Upload.of(files)) {
            StoredFile file = workflow.upload(CurrentActor.get(), upload);
            form.getImageIds().add(file.id());
            while (form.getCaptions().size() < form.getImageIds().size() - 1) {
                form.getCaptions().add("");
            }
            form.getCaptions().add("");
        }
    }

    private String formPage(Long id, ArticleForm form, Model model) {
        model.addAttribute("articleId", id);
        model.addAttribute("form", form);
        return "publicity/articles/form";
    }
}
