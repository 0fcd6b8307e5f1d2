package org.luoshi.org.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import org.luoshi.org.internal.unit.UnitAccess;
import org.luoshi.org.internal.unit.UnitPerson;
import org.luoshi.org.internal.unit.UnitPersonService;
import org.luoshi.org.web.UnitApiModels.PersonRequest;
import org.luoshi.shared.error.BusinessException;
import org.luoshi.shared.security.Actor;
import org.luoshi.shared.security.CurrentActor;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** Leaders and contacts of a unit over JSON. */
@RestController
@RequestMapping("/api/v1/units/{id}/persons")
@Tag(name = "单位领导与联系人")
class UnitPersonApiController {

    private final UnitAccess access;
    private final UnitPersonService persons;

    UnitPersonApiController(UnitAccess access, UnitPersonService persons) {
        this.access = access;
        this.persons = persons;
    }

    @GetMapping
    @Operation(summary = "单位的领导与联系人（电话脱敏）")
    List<UnitPerson> list(@PathVariable long id) {
        return persons.of(access.readable(CurrentActor.get(), id));
    }

    @GetMapping("/{personId}")
    @Operation(summary = "一名领导或联系人")
    UnitPerson get(@PathVariable long id, @PathVariable long personId) {
        return persons.find(CurrentActor.get(), id, personId);
    }

    @PostMapping("/{personId}/reveal")
    @Operation(summary = "查看一名领导或联系人的完整电话（限系统管理员、单位管理员；每次记入审计日志）")
    ResponseEntity<UnitPerson> reveal(@PathVariable long id, @PathVariable long personId) {
        return ResponseEntity.ok().cacheControl(CacheControl.noStore())
                .body(persons.reveal(CurrentActor.get(), id, personId));
    }

    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "增加领导或联系人（kind: LEADER 或 CONTACT）")
    UnitPerson add(@PathVariable long id, @RequestBody PersonRequest request) {
        return persons.add(CurrentActor.get(), id, request.details());
    }

    @PutMapping("/{personId}")
    @Operation(summary = "修改领导或联系人（须带上 version）")
    UnitPerson update(@PathVariable long id, @PathVariable long personId, @RequestBody PersonRequest request) {
        if (request.version() == null) {
            throw BusinessException.invalid("version", "unit.version.required");
        }
        Actor actor = CurrentActor.get();
        return persons.edit(actor, id, personId, request.version(), request.details());
    }

    @DeleteMapping("/{personId}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @Operation(summary = "删除领导或联系人")
    void remove(@PathVariable long id, @PathVariable long personId) {
        persons.remove(CurrentActor.get(), id, personId);
    }
}
