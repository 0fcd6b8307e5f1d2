package org.luoshi.study.web;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/** 组织学习: the way in to the module's pages, each offered only to those who may use it. */
@Controller
class StudyHubController {

    @GetMapping("/study")
    String hub(org.springframework.ui.Model model) {
        model.addAttribute("menu", "study");
        return "study/hub";
    }
}
