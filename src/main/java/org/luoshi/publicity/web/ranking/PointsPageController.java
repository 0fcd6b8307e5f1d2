package org.luoshi.publicity.web.ranking;

import jakarta.servlet.http.HttpServletResponse;
import java.util.ArrayList;
import java.util.List;
import org.luoshi.publicity.internal.ranking.ChangePoints;
import org.luoshi.publicity.internal.ranking.PointRule;
import org.luoshi.publicity.internal.ranking.PointsSettings;
import org.luoshi.publicity.internal.ranking.PointsTable;
import org.luoshi.shared.error.Messages;
import org.luoshi.shared.security.Actor;
import org.luoshi.shared.web.FormErrors;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** 积分设置: everyone in publicity reads the table; the national administrators edit it in place. */
@Controller
class PointsPageController {

    private final RankingAccess access;
    private final PointsSettings settings;
    private final Messages messages;

    PointsPageController(RankingAccess access, PointsSettings settings, Messages messages) {
        this.access = access;
        this.settings = settings;
        this.messages = messages;
    }

    @GetMapping("/publicity/points")
    String points(Model model) {
        Actor actor = access.viewer();
        if (!model.containsAttribute("pointsForm")) {
            model.addAttribute("pointsForm", PointsForm.of(settings.table()));
        }
        return page(actor, model);
    }

    @PostMapping("/publicity/points")
    String change(@ModelAttribute("pointsForm") PointsForm form, BindingResult binding, HttpServletResponse response,
            Model model, RedirectAttributes redirect) {
        Actor actor = access.viewer();
        return FormErrors.submit(binding, response, () -> {
            settings.change(actor, new ChangePoints(form.rules()));
            redirect.addFlashAttribute("saved", messages.get("ranking.points.saved"));
            return "redirect:/publicity/points";
        }, () -> page(actor, model));
    }

    private String page(Actor actor, Model model) {
        model.addAttribute("menu", "publicity");
        model.addAttribute("table", settings.table());
        model.addAttribute("mayChange", settings.mayChange(actor));
        return "publicity/ranking/points";
    }

    /** The table as typed: one row per level. */
    public static class PointsForm {

        private List<Row> rows = new ArrayList<>();

        static PointsForm of(PointsTable table) {
            PointsForm form = new PointsForm();
            table.rules().forEach(rule -> {
                Row row = new Row();
                row.setLevel(rule.level());
                row.setAdopted(rule.adopted());
                row.setRecommended(rule.recommended());
                form.rows.add(row);
            });
            return form;
        }

        List<PointRule> rules() {
            return rows.stream().map(r -> new PointRule(r.getLevel(), r.getAdopted(), r.getRecommended())).toList();
        }

        public List<Row> getRows() { return rows; }
        public void setRows(List<Row> rows) { this.rows = rows; }
    }

    /** One level's points as typed. */
    public static class Row {

        private String level;
        private Integer adopted;
        private Integer recommended;

        public String getLevel() { return level; }
        public void setLevel(String level) { this.level = level; }
        public Integer getAdopted() { return adopted; }
        public void setAdopted(Integer adopted) { this.adopted = adopted; }
        public Integer getRecommended() { return recommended; }
        public void setRecommended(Integer recommended) { this.recommended = recommended; }
    }
}
