package org.luoshi.dashboard.web;

import org.luoshi.org.OrgOverview;
import org.luoshi.shared.security.Actor;
import org.luoshi.shared.security.CurrentActor;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** 工作台: the page every user lands on after login. */
@Controller
class HomeController {

    private final OrgOverview overview;

    HomeController(OrgOverview overview) {
        this.overview = overview;
    }

    @GetMapping("/")
    String home(Model model) {
        Actor actor = CurrentActor.get();
        model.addAttribute("menu", "home");
        model.addAttribute("unitCount", overview.unitCount(actor.scopePath()));
        model.addAttribute("memberCount", overview.memberCount(actor.scopePath()));
        return "dashboard/home";
    }
}
