package org.luoshi.study.web.reading;

import java.util.Optional;
import org.luoshi.shared.security.Actor;
import org.luoshi.shared.security.CurrentActor;
import org.luoshi.shared.security.Role;
import org.luoshi.shared.web.PageQuery;
import org.luoshi.study.internal.reading.Material;
import org.luoshi.study.internal.reading.Reader;
import org.luoshi.study.internal.reading.ReadingProgress;
import org.luoshi.study.internal.reading.ReadingQueries;
import org.luoshi.study.internal.reading.Readers;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * 我的学习, for a member on a phone: the materials published to them with their progress, a material's sections,
 * and the reader (one section a page). An account not linked to a member is told why and whom to ask; staff open
 * sections as a preview that records nothing.
 */
@Controller
@RequestMapping("/study/reading")
class ReaderController {

    private final Readers readers;
    private final ReadingQueries queries;
    private final ReadingProgress progress;

    ReaderController(Readers readers, ReadingQueries queries, ReadingProgress progress) {
        this.readers = readers;
        this.queries = queries;
        this.progress = progress;
    }

    @ModelAttribute("menu")
    String menu() {
        return "study";
    }

    @GetMapping
    String mine(@RequestParam(required = false) Integer page, Model model) {
        Actor actor = CurrentActor.get();
        Optional<Reader> reader = readers.of(actor);
        if (reader.isEmpty()) {
            return noMember(actor, model);
        }
        model.addAttribute("page", queries.myMaterials(reader.get(), PageQuery.of(page, null)));
        model.addAttribute("next", queries.next(reader.get()).orElse(null));
        return "study/reading/my";
    }

    @GetMapping("/read/{materialId}")
    String outline(@PathVariable long materialId, Model model) {
        Actor actor = CurrentActor.get();
        Reader reader = readers.of(actor).orElse(null);
        if (reader == null && !isStaff(actor)) {
            return noMember(actor, model);
        }
        Material material = queries.material(actor, reader, materialId);
        model.addAttribute("material", material);
        model.addAttribute("sections", queries.mySections(reader, materialId));
        model.addAttribute("continueAt", queries.continueAt(reader, materialId).orElse(null));
        model.addAttribute("reading", reader != null);
        return "study/reading/outline";
    }

    @GetMapping("/read/{materialId}/continue")
    String continueReading(@PathVariable long materialId, Model model) {
        Actor actor = CurrentActor.get();
        Reader reader = readers.of(actor).orElse(null);
        if (reader == null && !isStaff(actor)) {
            return noMember(actor, model);
        }
        queries.material(actor, reader, materialId);
        return queries.continueAt(reader, materialId).map(id -> "redirect:/study/reading/sections/" + id)
                .orElse("redirect:/study/reading/read/" + materialId);
    }

    @GetMapping("/sections/{sectionId}")
    String section(@PathVariable long sectionId, Model model) {
        Actor actor = CurrentActor.get();
        Reader reader = readers.of(actor).orElse(null);
        if (reader == null && !isStaff(actor)) {
            return noMember(actor, model);
        }
        ReadingQueries.SectionPage section = queries.section(actor, reader, sectionId);
        // a manager previewing a draft, or staff without a member: nothing is recorded
        boolean recording = reader != null && section.material().reaches(reader.unitPath());
        model.addAttribute("section", section);
        model.addAttribute("recording", recording);
        model.addAttribute("requiredMs", progress.rule().requiredMillis(section.charCount()));
        model.addAttribute("minutes", Math.max(1, (progress.rule().requiredMillis(section.charCount()) + 59_999)
                / 60_000));
        return "study/reading/section";
    }

    private String noMember(Actor actor, Model model) {
        model.addAttribute("staff", isStaff(actor));
        return "study/reading/no-member";
    }

    private static boolean isStaff(Actor actor) {
        return actor.hasAny(Role.SYSTEM_ADMIN, Role.UNIT_ADMIN, Role.LEADER, Role.EDITOR, Role.EVALUATOR);
    }
}
