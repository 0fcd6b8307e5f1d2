package org.luoshi.publicity.web;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** 信息报送与宣传: the way in to the module's pages, each offered only to those who may use it. */
@Controller
class PublicityHubController {

    @GetMapping("/publicity")
    String hub(Model model) {
        model.addAttribute("menu", "publicity");
        return "publicity/hub";
    }
}
