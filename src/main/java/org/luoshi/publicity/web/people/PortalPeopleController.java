package org.luoshi.publicity.web.people;

import org.luoshi.org.UnitDirectory;
import org.luoshi.publicity.PortalColumn;
import org.luoshi.publicity.internal.people.ExemplaryPerson;
import org.luoshi.publicity.internal.people.PortalPeople;
import org.luoshi.shared.error.BusinessException;
import org.luoshi.shared.files.FileDownload;
import org.luoshi.shared.files.FileStore;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/** 典型人物 on the public portal: only a page published with the person's consent is there; otherwise 404. */
@Controller
class PortalPeopleController {

    private final PortalPeople people;
    private final UnitDirectory units;
    private final FileStore files;

    PortalPeopleController(PortalPeople people, UnitDirectory units, FileStore files) {
        this.people = people;
        this.units = units;
        this.files = files;
    }

    @GetMapping("/portal/people/{id}")
    String show(@PathVariable long id, Model model) {
        ExemplaryPerson p = people.published(id);
        model.addAttribute("p", p);
        model.addAttribute("unitName", units.find(p.unitId()).map(u -> u.name()).orElse(""));
        model.addAttribute("appearances", people.appearances(id));
        model.addAttribute("base", "/portal");
        model.addAttribute("columns", PortalColumn.values());
        return "portal/person";
    }

    @GetMapping("/portal/people/{id}/photo")
    ResponseEntity<byte[]> photo(@PathVariable long id) {
        ExemplaryPerson p = people.published(id);
        if (p.photoFileId() == null) {
            throw BusinessException.notFound("publicity.person.photo.none");
        }
        return FileDownload.of(files.find(p.photoFileId())
                .orElseThrow(() -> BusinessException.notFound("publicity.person.photo.none")),
                files.content(p.photoFileId()).orElseThrow());
    }
}
