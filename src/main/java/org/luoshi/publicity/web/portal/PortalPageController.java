package org.luoshi.publicity.web.portal;

import jakarta.servlet.http.HttpServletResponse;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.luoshi.org.UnitDirectory;
import org.luoshi.org.UnitRef;
import org.luoshi.publicity.PortalColumn;
import org.luoshi.publicity.internal.briefing.BriefingQueries;
import org.luoshi.publicity.internal.portal.Article;
import org.luoshi.publicity.internal.portal.PortalQueries;
import org.luoshi.shared.files.FileDownload;
import org.luoshi.shared.files.FileStore;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * 宣传门户, for everyone without login: the home page with each column's pinned and latest items, a column's pages,
 * an article with its images (and a print view), a unit's portal over its subtree. Only what is published by now
 * shows; a withdrawn article's page says so and why (410); anything else is a page that says it is not found (404).
 */
@Controller
@RequestMapping("/portal")
class PortalPageController {

    private final PortalQueries portal;
    private final UnitDirectory units;
    private final FileStore files;
    private final BriefingQueries briefings;

    PortalPageController(PortalQueries portal, UnitDirectory units, FileStore files, BriefingQueries briefings) {
        this.briefings = briefings;
        this.portal = portal;
        this.units = units;
        this.files = files;
    }

    @ModelAttribute("columns")
    List<PortalColumn> columns() {
        return Arrays.asList(PortalColumn.values());
    }

    @GetMapping
    String home(Model model) {
        model.addAttribute("home", portal.home(null));
        model.addAttribute("base", "/portal");
        return "portal/home";
    }

    @GetMapping("/columns/{slug}")
    String column(@PathVariable String slug, @RequestParam(required = false) Integer page, Model model,
            HttpServletResponse response) {
        Optional<PortalColumn> column = column(slug);
        if (column.isEmpty()) {
            return missing(model, response);
        }
        model.addAttribute("column", column.get());
        model.addAttribute("slice", portal.column(column.get(), null, page == null ? 1 : page,
                PortalQueries.PAGE_SIZE));
        model.addAttribute("base", "/portal");
        return "portal/column";
    }

    @GetMapping("/units/{code}")
    String unit(@PathVariable String code, Model model, HttpServletResponse response) {
        Optional<UnitRef> unit = unit(code);
        if (unit.isEmpty()) {
            return missing(model, response);
        }
        model.addAttribute("unit", unit.get());
        model.addAttribute("home", portal.home(scope(unit.get())));
        model.addAttribute("base", "/portal/units/" + unit.get().code());
        return "portal/home";
    }

    @GetMapping("/units/{code}/columns/{slug}")
    String unitColumn(@PathVariable String code, @PathVariable String slug,
            @RequestParam(required = false) Integer page, Model model, HttpServletResponse response) {
        Optional<UnitRef> unit = unit(code);
        Optional<PortalColumn> column = column(slug);
        if (unit.isEmpty() || column.isEmpty()) {
            return missing(model, response);
        }
        model.addAttribute("unit", unit.get());
        model.addAttribute("column", column.get());
        model.addAttribute("slice", portal.column(column.get(), scope(unit.get()), page == null ? 1 : page,
                PortalQueries.PAGE_SIZE));
        model.addAttribute("base", "/portal/units/" + unit.get().code());
        return "portal/column";
    }

    @GetMapping("/articles/{id}")
    String article(@PathVariable String id, Model model, HttpServletResponse response) {
        return article(id, model, response, "portal/article");
    }

    @GetMapping("/articles/{id}/print")
    String print(@PathVariable String id, Model model, HttpServletResponse response) {
        return article(id, model, response, "portal/print");
    }

    private String article(String id, Model model, HttpServletResponse response, String view) {
        Optional<PortalQueries.PublicArticle> found = id(id).flatMap(portal::article);
        if (found.isEmpty()) {
            return missing(model, response);
        }
        Article article = found.get().article();
        model.addAttribute("a", article);
        model.addAttribute("base", "/portal");
        if (article.withdrawnAt() != null) {
            response.setStatus(HttpStatus.GONE.value());
            return "portal/withdrawn";
        }
        String base = PortalUrls.base();
        model.addAttribute("images", found.get().images());
        model.addAttribute("url", PortalUrls.article(base, article.id()));
        model.addAttribute("imageUrl", article.coverFileId() == null ? null
                : PortalUrls.image(base, article.coverFileId()));
        model.addAttribute("hasDocument", article.column() == PortalColumn.BRIEFINGS
                && briefings.portalDocument(article.id()).isPresent());
        return view;
    }

    /**
     * 工作简报's Word document, from its portal article: the file printed at issue (the editors' download, the same
     * bytes at every reprint), public only while the article is; otherwise the portal's page that it is not found.
     */
    @GetMapping("/articles/{id}/document.docx")
    Object document(@PathVariable String id, Model model, HttpServletResponse response) {
        Optional<ResponseEntity<byte[]>> download = id(id).filter(this::isPublic).flatMap(briefings::portalDocument)
                .flatMap(files::find).flatMap(stored -> files.content(stored.id())
                        .map(content -> FileDownload.of(stored, content)));
        if (download.isEmpty()) {
            return missing(model, response);
        }
        return download.get();
    }

    private boolean isPublic(long articleId) {
        return portal.article(articleId).filter(found -> found.article().withdrawnAt() == null).isPresent();
    }

    /** An image of a published article; any other file, or one of an article not (or no longer) public: 404. */
    @GetMapping("/images/{fileId}")
    ResponseEntity<byte[]> image(@PathVariable String fileId) {
        Optional<Long> id = id(fileId);
        if (id.isEmpty() || !portal.imageIsPublic(id.get())) {
            return ResponseEntity.notFound().build();
        }
        return files.find(id.get()).filter(f -> f.isImage())
                .flatMap(file -> files.content(file.id()).map(content -> FileDownload.of(file, content)))
                .map(download -> ResponseEntity.status(download.getStatusCode()).headers(download.getHeaders())
                        .cacheControl(CacheControl.noCache())
                        .body(download.getBody()))
                .orElseGet(() -> ResponseEntity.notFound().build());
    }

    /** A unit's subtree; the national body's is the whole portal, read without a path condition. */
    private static String scope(UnitRef unit) {
        return unit.parentId() == null ? null : unit.path();
    }

    private String missing(Model model, HttpServletResponse response) {
        response.setStatus(HttpStatus.NOT_FOUND.value());
        model.addAttribute("base", "/portal");
        return "portal/missing";
    }

    static Optional<PortalColumn> column(String slug) {
        return Arrays.stream(PortalColumn.values()).filter(c -> c.slug().equals(slug)).findFirst();
    }

    private Optional<UnitRef> unit(String code) {
        if (code == null || code.length() > 40) {
            return Optional.empty();
        }
        return units.findByCode(code).filter(UnitRef::active);
    }

    static Optional<Long> id(String text) {
        try {
            long id = Long.parseLong(text);
            return id > 0 ? Optional.of(id) : Optional.empty();
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }
}
