package org.luoshi.plan.web;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import org.luoshi.org.UnitType;
import org.luoshi.plan.Forwarding;
import org.luoshi.plan.Targets;
import org.luoshi.shared.error.BusinessException;
import org.luoshi.shared.web.VersionedForm;

/**
 * Whom to issue (下发) or forward (转发) to, as the form or the API sends it. A forward also carries its own notice
 * and due dates per item (ISO dates, keyed by item id), checked here so a mistyped one is named by its field.
 */
public class TargetForm implements VersionedForm {

    private Targets.Mode mode = Targets.Mode.CHILDREN;
    private List<UnitType> types = new ArrayList<>();
    private List<Long> unitIds = new ArrayList<>();
    private String unitCodes;
    private String notice;
    private Map<Long, String> dues = new LinkedHashMap<>();
    private Integer version;

    public Targets.Mode getMode() { return mode; }
    public void setMode(Targets.Mode mode) { this.mode = mode; }
    public List<UnitType> getTypes() { return types; }
    public void setTypes(List<UnitType> types) { this.types = types == null ? new ArrayList<>() : types; }
    public List<Long> getUnitIds() { return unitIds; }
    public void setUnitIds(List<Long> unitIds) { this.unitIds = unitIds == null ? new ArrayList<>() : unitIds; }
    public String getUnitCodes() { return unitCodes; }
    public void setUnitCodes(String unitCodes) { this.unitCodes = unitCodes; }
    public String getNotice() { return notice; }
    public void setNotice(String notice) { this.notice = notice; }
    public Map<Long, String> getDues() { return dues; }
    public void setDues(Map<Long, String> dues) { this.dues = dues == null ? new LinkedHashMap<>() : dues; }
    public Integer getVersion() { return version; }
    public void setVersion(Integer version) { this.version = version; }

    Targets targets() {
        if (mode == null) {
            throw BusinessException.invalid("mode", "plan.targets.mode.required");
        }
        return new Targets(mode, new LinkedHashSet<>(types), unitIds, unitCodes);
    }

    Forwarding forwarding() {
        Map<Long, LocalDate> parsed = new LinkedHashMap<>();
        dues.forEach((itemId, text) -> {
            if (itemId != null && text != null && !text.isBlank()) {
                try {
                    parsed.put(itemId, LocalDate.parse(text.strip()));
                } catch (DateTimeParseException e) {
                    throw BusinessException.invalid("due" + itemId, "plan.forward.dueInvalid", text);
                }
            }
        });
        return new Forwarding(targets(), notice, parsed);
    }
}
