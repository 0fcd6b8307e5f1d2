package org.luoshi.study.web.group;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Clock;
import java.time.format.DateTimeFormatter;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.luoshi.org.MemberDirectory;
import org.luoshi.org.MemberRef;
import org.luoshi.org.UnitRef;
import org.luoshi.plan.LinkableItem;
import org.luoshi.shared.error.BusinessException;
import org.luoshi.shared.error.Messages;
import org.luoshi.shared.files.FileDownload;
import org.luoshi.shared.files.StoredFile;
import org.luoshi.shared.files.Upload;
import org.luoshi.shared.security.Actor;
import org.luoshi.shared.security.CurrentActor;
import org.luoshi.shared.web.FormErrors;
import org.luoshi.shared.web.PageQuery;
import org.luoshi.study.internal.group.GroupFilter;
import org.luoshi.study.internal.group.GroupRollup;
import org.luoshi.study.internal.group.LeadingGroup;
import org.luoshi.study.internal.group.LeadingGroupQueries;
import org.luoshi.study.internal.group.LeadingGroups;
import org.luoshi.study.internal.group.Seat;
import org.luoshi.study.internal.group.SeatRole;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;
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

/** 领导小组 pages: the list over the subtree, a unit recording and changing its own group, seat by seat. */
@Controller
@RequestMapping("/study/groups")
class GroupPageController {

    private static final int PICKER_SIZE = 20;

    private final LeadingGroups groups;
    private final LeadingGroupQueries queries;
    private final MemberDirectory members;
    private final GroupExport export;
    private final GroupRollup rollup;
    private final Messages messages;
    private final Clock clock;

    GroupPageController(LeadingGroups groups, LeadingGroupQueries queries, MemberDirectory members,
            GroupExport export, GroupRollup rollup, Messages messages, Clock clock) {
        this.rollup = rollup;
        this.clock = clock;
        this.groups = groups;
        this.queries = queries;
        this.members = members;
        this.export = export;
        this.messages = messages;
    }

    @GetMapping
    String list(@RequestParam(required = false) Long planId, @RequestParam(required = false) Long unitId,
            @RequestParam(required = false) Boolean hasDocument, @RequestParam(required = false) Integer page,
            Model model) {
        Actor actor = CurrentActor.get();
        GroupFilter filter = new GroupFilter(planId, unitId, hasDocument);
        model.addAttribute("menu", "study");
        model.addAttribute("filter", filter);
        model.addAttribute("page", queries.list(actor, filter, PageQuery.of(page, null)));
        model.addAttribute("mayRecord", LeadingGroup.mayRecord(actor, actor.unitId()));
        model.addAttribute("filterPlans", rollup.plans(actor));
        model.addAttribute("plans", groups.linkableWithoutGroup(actor.unitId()).values().stream().map(l -> l.get(0))
                .toList());
        return "study/group/list";
    }

    @GetMapping("/export")
    void exportList(@RequestParam(required = false) Long planId, @RequestParam(required = false) Long unitId,
            @RequestParam(required = false) Boolean hasDocument, HttpServletResponse response) throws IOException {
        Actor actor = CurrentActor.get();
        GroupFilter filter = new GroupFilter(planId, unitId, hasDocument);
        export.groups(actor, filter, response);
    }

    @GetMapping("/new")
    String newGroup(@RequestParam(required = false) Long planId, Model model) {
        Actor actor = CurrentActor.get();
        GroupForm form = new GroupForm();
        form.setPlanId(planId);
        return form(actor, null, form, model);
    }

    @PostMapping
    String create(@ModelAttribute("form") GroupForm form, BindingResult binding, Model model,
            HttpServletResponse response, RedirectAttributes redirect) {
        Actor actor = CurrentActor.get();
        return FormErrors.submit(binding, response, () -> {
            LeadingGroup group = groups.record(actor, form.record(actor.unitId()));
            redirect.addFlashAttribute("flash", messages.get("study.group.saved"));
            return "redirect:/study/groups/" + group.id();
        }, () -> form(actor, null, form, model));
    }

    @GetMapping("/{id}")
    String show(@PathVariable long id, Model model) {
        return page(CurrentActor.get(), id, null, model);
    }

    @GetMapping("/{id}/edit")
    String edit(@PathVariable long id, Model model) {
        Actor actor = CurrentActor.get();
        LeadingGroup group = groups.find(actor, id);
        return form(actor, group, GroupForm.of(group), model);
    }

    @PostMapping("/{id}/edit")
    String save(@PathVariable long id, @ModelAttribute("form") GroupForm form, BindingResult binding, Model model,
            HttpServletResponse response, RedirectAttributes redirect) {
        Actor actor = CurrentActor.get();
        LeadingGroup group = groups.find(actor, id);
        return FormErrors.submit(binding, response, form, () -> groups.find(actor, id).version(), () -> {
            groups.edit(actor, id, form.edit());
            redirect.addFlashAttribute("flash", messages.get("study.group.saved"));
            return "redirect:/study/groups/" + id;
        }, () -> form(actor, group, form, model));
    }

    @PostMapping("/{id}/delete")
    String delete(@PathVariable long id, RedirectAttributes redirect) {
        return FormErrors.act(redirect, messages, "/study/groups/" + id, () -> {
            groups.delete(CurrentActor.get(), id);
            redirect.addFlashAttribute("flash", messages.get("study.group.deleted"));
            return "redirect:/study/groups";
        });
    }

    @PostMapping("/{id}/document")
    String upload(@PathVariable long id, @RequestParam(name = "document", required = false) MultipartFile document,
            RedirectAttributes redirect) {
        List<Upload> uploads = Upload.of(document == null ? null : Collections.singletonList(document));
        return FormErrors.act(redirect, messages, "/study/groups/" + id, () -> {
            groups.attachDocument(CurrentActor.get(), id, uploads.isEmpty() ? null : uploads.get(0));
            redirect.addFlashAttribute("flash", messages.get("study.group.saved"));
            return "redirect:/study/groups/" + id;
        });
    }

    @GetMapping("/{id}/document")
    ResponseEntity<byte[]> document(@PathVariable long id) {
        StoredFile file = groups.document(CurrentActor.get(), id);
        if (file == null) {
            throw BusinessException.notFound("study.group.document.none");
        }
        return FileDownload.of(file, groups.documentContent(file));
    }

    @PostMapping("/{id}/seats/{seatId}/reveal")
    String reveal(@PathVariable long id, @PathVariable long seatId, Model model, HttpServletResponse response) {
        Seat seat = groups.reveal(CurrentActor.get(), id, seatId);
        response.setHeader(HttpHeaders.CACHE_CONTROL, "no-store");
        model.addAttribute("revealed", messages.get("study.group.seat.revealed", seat.name(), seat.phone()));
        return page(CurrentActor.get(), id, seat, model);
    }

    @GetMapping("/{id}/seats/new")
    String newSeat(@PathVariable long id, @RequestParam(required = false) String q, Model model) {
        Actor actor = CurrentActor.get();
        SeatForm form = new SeatForm();
        form.setQ(q);
        return seatForm(actor, groups.find(actor, id), null, form, model);
    }

    @PostMapping("/{id}/seats")
    String addSeat(@PathVariable long id, @ModelAttribute("form") SeatForm form, BindingResult binding, Model model,
            HttpServletResponse response, RedirectAttributes redirect) {
        Actor actor = CurrentActor.get();
        LeadingGroup group = groups.find(actor, id);
        return FormErrors.submit(binding, response, () -> {
            Seat seat = groups.addSeat(actor, id, form.details());
            redirect.addFlashAttribute("flash", messages.get("study.group.seat.saved", seat.name()));
            return "redirect:/study/groups/" + id;
        }, () -> seatForm(actor, group, null, form, model));
    }

    @GetMapping("/{id}/seats/{seatId}/edit")
    String editSeat(@PathVariable long id, @PathVariable long seatId, Model model) {
        Actor actor = CurrentActor.get();
        LeadingGroup group = groups.find(actor, id);
        return seatForm(actor, group, seatId, SeatForm.of(group.seat(seatId)), model);
    }

    @PostMapping("/{id}/seats/{seatId}/edit")
    String saveSeat(@PathVariable long id, @PathVariable long seatId, @ModelAttribute("form") SeatForm form,
            BindingResult binding, Model model, HttpServletResponse response, RedirectAttributes redirect) {
        Actor actor = CurrentActor.get();
        LeadingGroup group = groups.find(actor, id);
        return FormErrors.submit(binding, response, () -> {
            Seat seat = groups.editSeat(actor, id, seatId, form.details());
            redirect.addFlashAttribute("flash", messages.get("study.group.seat.saved", seat.name()));
            return "redirect:/study/groups/" + id;
        }, () -> seatForm(actor, group, seatId, form, model));
    }

    @PostMapping("/{id}/seats/{seatId}/remove")
    String removeSeat(@PathVariable long id, @PathVariable long seatId, RedirectAttributes redirect) {
        return FormErrors.act(redirect, messages, "/study/groups/" + id, () -> {
            Actor actor = CurrentActor.get();
            String name = groups.find(actor, id).seat(seatId).name();
            groups.removeSeat(actor, id, seatId);
            redirect.addFlashAttribute("flash", messages.get("study.group.seat.removed", name));
            return "redirect:/study/groups/" + id;
        });
    }

    private String page(Actor actor, long id, Seat revealed, Model model) {
        LeadingGroup group = groups.find(actor, id);
        UnitRef unit = groups.unit(actor, group.unitId());
        model.addAttribute("menu", "study");
        model.addAttribute("group", group);
        model.addAttribute("unit", unit);
        model.addAttribute("seats", group.seats().stream()
                .map(seat -> revealed != null && seat.id().equals(revealed.id()) ? revealed : seat.masked()).toList());
        model.addAttribute("itemLabel", itemLabel(group));
        model.addAttribute("document", groups.document(actor, id));
        DateTimeFormatter minute = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm")
                .withZone(clock.getZone());
        model.addAttribute("history", groups.history(actor, id).stream()
                .map(change -> new HistoryLine(minute.format(change.at()), change.actorName(), change.summary()))
                .toList());
        model.addAttribute("mayEdit", group.mayEdit(actor));
        model.addAttribute("mayReveal", group.mayReveal(actor));
        return "study/group/detail";
    }

    /** A history entry as the page shows it: the minute in the business zone. */
    record HistoryLine(String at, String actorName, String summary) {
    }

    private String itemLabel(LeadingGroup group) {
        if (group.itemId() == null) {
            return null;
        }
        return groups.linkableByPlan(group.unitId()).getOrDefault(group.planId(), List.of()).stream()
                .filter(item -> item.item().itemId() == group.itemId()).map(LinkableItem::label).findFirst()
                .orElse(null);
    }

    private String form(Actor actor, LeadingGroup group, GroupForm form, Model model) {
        long unitId = group == null ? actor.unitId() : group.unitId();
        if (group == null ? !LeadingGroup.mayRecord(actor, unitId) : !group.mayEdit(actor)) {
            throw BusinessException.forbidden("study.group.forbidden");
        }
        Map<Long, List<LinkableItem>> byPlan = group == null ? groups.linkableWithoutGroup(unitId)
                : groups.linkableByPlan(unitId);
        if (group == null && form.getItemId() == null && !byPlan.isEmpty()) {
            List<LinkableItem> first = form.getPlanId() != null && byPlan.containsKey(form.getPlanId())
                    ? byPlan.get(form.getPlanId()) : byPlan.values().iterator().next();
            form.setItemId(first.get(0).item().itemId());
        }
        Long planId = group == null ? form.getPlanId() : Long.valueOf(group.planId());
        model.addAttribute("menu", "study");
        model.addAttribute("group", group);
        model.addAttribute("unit", groups.unit(actor, unitId));
        model.addAttribute("form", form);
        model.addAttribute("plans", byPlan.values().stream().map(items -> items.get(0)).toList());
        model.addAttribute("byPlan", byPlan);
        model.addAttribute("items", planId == null ? List.of() : byPlan.getOrDefault(planId, List.of()));
        return "study/group/form";
    }

    private String seatForm(Actor actor, LeadingGroup group, Long seatId, SeatForm form, Model model) {
        if (!group.mayEdit(actor)) {
            throw BusinessException.forbidden("study.group.forbidden");
        }
        List<MemberRef> found = form.getQ() == null || form.getQ().isBlank() ? List.of()
                : members.search(group.unitPath(), form.getQ().strip(), null, PICKER_SIZE);
        if (form.getMemberId() != null && found.stream().noneMatch(m -> m.id() == form.getMemberId())) {
            MemberRef chosen = members.findAll(List.of(form.getMemberId())).get(form.getMemberId());
            if (chosen != null && chosen.isWithin(group.unitPath())) {
                found = Stream.concat(Stream.of(chosen), found.stream()).toList();
            }
        }
        model.addAttribute("menu", "study");
        model.addAttribute("group", group);
        model.addAttribute("unit", groups.unit(actor, group.unitId()));
        model.addAttribute("seatId", seatId);
        model.addAttribute("form", form);
        model.addAttribute("roles", SeatRole.values());
        model.addAttribute("found", found);
        return "study/group/seat-form";
    }
}
