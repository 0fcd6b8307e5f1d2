package org.luoshi.plan.internal;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.luoshi.org.UnitType;

/**
 * Whom to issue (下发) or forward (转发) to: the whole subtree, the direct children, all units of some types, or a
 * hand-picked list (ids or codes) — always within the acting unit's subtree. A forward also carries its own notice
 * and due dates per item (ISO dates, keyed by item id).
 */
public class TargetForm implements VersionedForm {

    public enum Mode { SUBTREE, CHILDREN, TYPES, UNITS }

    private Mode mode = Mode.CHILDREN;
    private List<UnitType> types = new ArrayList<>();
    private List<Long> unitIds = new ArrayList<>();
    private String unitCodes;
    private String notice;
    private Map<Long, String> dues = new LinkedHashMap<>();
    private Integer version;

    public Mode getMode() { return mode; }
    public void setMode(Mode mode) { this.mode = mode; }
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
}
