package org.luoshi.publicity.internal.briefing;

import org.luoshi.publicity.internal.PublicityRoles;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.luoshi.shared.error.BusinessException;
import org.luoshi.shared.security.Actor;
import org.luoshi.shared.security.Role;
import org.luoshi.shared.text.RichText;

/**
 * 工作简报 第N期: a unit's numbered briefing of a year. Its publicity staff compile it from the submissions the unit
 * adopted (each item edited for print, in the order they choose), write the 编者按 and the distribution lines, and
 * issue it (印发): from then on it is final, its Word document kept as printed, and it may go to the portal.
 */
public class Briefing {

    static final int MIN_YEAR = 2000;
    static final int MAX_YEAR = 2999;
    static final int MAX_NUMBER = 9999;
    static final int MAX_TITLE = 50;
    static final int MAX_ISSUER = 200;
    static final int MAX_NOTE = 5000;
    static final int MAX_LINE = 500;
    static final int MAX_ITEM_TITLE = 200;
    static final int MAX_SOURCE = 200;
    static final int MAX_BODY_HTML = 200_000;
    static final int MAX_ITEMS = 50;

    /** An item of the briefing; id 0 until stored, submissionId null when written by the editors. */
    public record Item(long id, Long submissionId, String title, String bodyHtml, String sourceUnit) {

        Item edited(String newTitle, String newBody, String newSource) {
            return new Item(id, submissionId, newTitle, newBody, newSource);
        }
    }

    /** Which way an item moves in the order. */
    public enum Direction {
        UP, DOWN
    }

    private final long id;
    private final long unitId;
    private final String unitPath;
    private int year;
    private int number;
    private String title;
    private String issuerName;
    private LocalDate issueDate;
    private String editorNote = "";
    private String reportTo = "";
    private String sendTo = "";
    private String issueTo = "";
    private BriefingStatus status = BriefingStatus.DRAFT;
    private Long documentFileId;
    private Long articleId;
    private Instant issuedAt;
    private List<Item> items = List.of();
    private final int version;

    Briefing(long id, long unitId, String unitPath, int version) {
        this.id = id;
        this.unitId = unitId;
        this.unitPath = unitPath;
        this.version = version;
    }

    /** A new briefing of the actor's unit. */
    static Briefing newFor(Actor actor) {
        if (!mayCompile(actor)) {
            throw BusinessException.forbidden("publicity.briefing.notStaff");
        }
        return new Briefing(0, actor.unitId(), actor.unitPath(), 0);
    }

    /** Publicity staff of a unit compile its briefings: its editors and administrators. */
    public static boolean mayCompile(Actor actor) {
        return PublicityRoles.isStaff(actor);
    }

    /** Who reads briefings at all: publicity staff and leaders (within their subtree). */
    public static boolean mayRead(Actor actor) {
        return mayCompile(actor) || actor.has(Role.LEADER);
    }

    /** Staff and leaders of the unit and of the units above it read it; nobody from a sibling line does. */
    public boolean mayView(Actor actor) {
        return actor.covers(unitPath) && mayRead(actor);
    }

    private boolean ownStaff(Actor actor) {
        return mayCompile(actor) && actor.unitId() == unitId;
    }

    public boolean mayEdit(Actor actor) {
        return ownStaff(actor) && status == BriefingStatus.DRAFT;
    }

    public boolean mayDelete(Actor actor) {
        return mayEdit(actor);
    }

    public boolean mayIssue(Actor actor) {
        return mayEdit(actor) && !items.isEmpty();
    }

    public boolean mayPublish(Actor actor) {
        return ownStaff(actor) && status == BriefingStatus.ISSUED && articleId == null;
    }

    public boolean mayMoveUp(Actor actor, long itemId) {
        return mayEdit(actor) && indexOf(itemId) > 0;
    }

    public boolean mayMoveDown(Actor actor, long itemId) {
        int index = indexOf(itemId);
        return mayEdit(actor) && index >= 0 && index < items.size() - 1;
    }

    /** Sets what the editors wrote; the number is checked for being free by the caller, who knows the others. */
    void write(Actor actor, CompileBriefing command, int freeNumber) {
        requireEditable(actor);
        int newYear = command.year() == null ? 0 : command.year();
        if (newYear < MIN_YEAR || newYear > MAX_YEAR) {
            throw BusinessException.invalid("year", "publicity.briefing.year.range", MIN_YEAR, MAX_YEAR);
        }
        int newNumber = command.number() == null ? freeNumber : command.number();
        if (newNumber < 1 || newNumber > MAX_NUMBER) {
            throw BusinessException.invalid("number", "publicity.briefing.number.range", MAX_NUMBER);
        }
        String newTitle = required("title", command.title(), MAX_TITLE);
        String issuer = required("issuerName", command.issuerName(), MAX_ISSUER);
        if (command.issueDate() == null) {
            throw BusinessException.invalid("issueDate", "publicity.briefing.issueDate.required");
        }
        String note = optional("editorNote", command.editorNote(), MAX_NOTE);
        String report = optional("reportTo", command.reportTo(), MAX_LINE);
        String send = optional("sendTo", command.sendTo(), MAX_LINE);
        String issue = optional("issueTo", command.issueTo(), MAX_LINE);
        this.year = newYear;
        this.number = newNumber;
        this.title = newTitle;
        this.issuerName = issuer;
        this.issueDate = command.issueDate();
        this.editorNote = note;
        this.reportTo = report;
        this.sendTo = send;
        this.issueTo = issue;
    }

    /** Adds adopted submissions at the end, each once; those already in it are left where they are. */
    List<Item> add(Actor actor, List<Item> sources) {
        requireEditable(actor);
        Set<Long> present = items.stream().map(Item::submissionId).filter(s -> s != null)
                .collect(Collectors.toSet());
        List<Item> added = sources.stream().filter(s -> s.submissionId() == null || present.add(s.submissionId()))
                .toList();
        if (added.isEmpty()) {
            throw BusinessException.invalid("submissionIds", "publicity.briefing.pick.none");
        }
        if (items.size() + added.size() > MAX_ITEMS) {
            throw BusinessException.invalid("submissionIds", "publicity.briefing.items.tooMany", MAX_ITEMS);
        }
        List<Item> all = new ArrayList<>(items);
        all.addAll(added);
        items = List.copyOf(all);
        return added;
    }

    void edit(Actor actor, long itemId, EditItem command) {
        requireEditable(actor);
        int index = requireItem(itemId);
        String newTitle = required("title", command.title(), MAX_ITEM_TITLE);
        String body = RichText.sanitise(command.bodyHtml());
        if (body.isBlank()) {
            throw BusinessException.invalid("bodyHtml", "publicity.briefing.item.body.required");
        }
        if (body.length() > MAX_BODY_HTML) {
            throw BusinessException.invalid("bodyHtml", "publicity.briefing.item.body.tooLong");
        }
        String source = optional("sourceUnit", command.sourceUnit(), MAX_SOURCE);
        List<Item> all = new ArrayList<>(items);
        all.set(index, items.get(index).edited(newTitle, body, source));
        items = List.copyOf(all);
    }

    void move(Actor actor, long itemId, Direction direction) {
        requireEditable(actor);
        int index = requireItem(itemId);
        if (direction == null) {
            throw BusinessException.invalid("direction", "publicity.briefing.item.move.direction");
        }
        int other = direction == Direction.UP ? index - 1 : index + 1;
        if (other < 0 || other >= items.size()) {
            throw BusinessException.invalid("direction", "publicity.briefing.item.move.edge");
        }
        List<Item> all = new ArrayList<>(items);
        all.set(index, items.get(other));
        all.set(other, items.get(index));
        items = List.copyOf(all);
    }

    Item remove(Actor actor, long itemId) {
        requireEditable(actor);
        int index = requireItem(itemId);
        List<Item> all = new ArrayList<>(items);
        Item removed = all.remove(index);
        items = List.copyOf(all);
        return removed;
    }

    /** 印发: from now on the briefing is final and its document is the one given here. */
    void issue(Actor actor, long documentId, Instant at) {
        requireIssuable(actor);
        status = BriefingStatus.ISSUED;
        documentFileId = documentId;
        issuedAt = at;
    }

    void published(Actor actor, long article) {
        requirePublishable(actor);
        articleId = article;
    }

    void requireDeletable(Actor actor) {
        requireEditable(actor);
    }

    /** Refuses, saying why, unless the actor may issue it now. */
    void requireIssuable(Actor actor) {
        requireEditable(actor);
        if (items.isEmpty()) {
            throw BusinessException.conflict("publicity.briefing.issue.empty");
        }
    }

    /** Refuses, saying why, unless the actor may publish it now. */
    void requirePublishable(Actor actor) {
        if (!ownStaff(actor)) {
            throw BusinessException.forbidden("publicity.briefing.notStaff");
        }
        if (status != BriefingStatus.ISSUED) {
            throw BusinessException.conflict("publicity.briefing.publish.notIssued");
        }
        if (articleId != null) {
            throw BusinessException.conflict("publicity.briefing.publish.twice", year, number);
        }
    }

    private void requireEditable(Actor actor) {
        if (!ownStaff(actor)) {
            throw BusinessException.forbidden("publicity.briefing.notStaff");
        }
        if (status == BriefingStatus.ISSUED) {
            throw BusinessException.conflict("publicity.briefing.issued", year, number);
        }
    }

    private int requireItem(long itemId) {
        int index = indexOf(itemId);
        if (index < 0) {
            throw BusinessException.notFound("publicity.briefing.item.notFound");
        }
        return index;
    }

    private int indexOf(long itemId) {
        for (int i = 0; i < items.size(); i++) {
            if (items.get(i).id() == itemId) {
                return i;
            }
        }
        return -1;
    }

    private static String required(String field, String value, int max) {
        if (value == null || value.isBlank()) {
            throw BusinessException.invalid(field, "publicity.briefing.field.required");
        }
        return optional(field, value, max);
    }

    private static String optional(String field, String value, int max) {
        if (value == null) {
            return "";
        }
        String clean = value.strip();
        if (clean.length() > max) {
            throw BusinessException.invalid(field, "publicity.briefing.field.tooLong", max);
        }
        return clean;
    }

    public boolean issued() {
        return status == BriefingStatus.ISSUED;
    }

    public long id() { return id; }
    public long unitId() { return unitId; }
    public String unitPath() { return unitPath; }
    public int year() { return year; }
    public int number() { return number; }
    public String title() { return title; }
    public String issuerName() { return issuerName; }
    public LocalDate issueDate() { return issueDate; }
    public String editorNote() { return editorNote; }
    public String reportTo() { return reportTo; }
    public String sendTo() { return sendTo; }
    public String issueTo() { return issueTo; }
    public BriefingStatus status() { return status; }
    public Long documentFileId() { return documentFileId; }
    public Long articleId() { return articleId; }
    public Instant issuedAt() { return issuedAt; }
    public List<Item> items() { return items; }
    public int version() { return version; }

    Briefing withId(long newId) {
        Briefing copy = new Briefing(newId, unitId, unitPath, version);
        copy.restore(year, number, title, issuerName, issueDate, editorNote, reportTo, sendTo, issueTo, status,
                documentFileId, articleId, issuedAt, items);
        return copy;
    }

    void restore(int year, int number, String title, String issuerName, LocalDate issueDate, String editorNote,
            String reportTo, String sendTo, String issueTo, BriefingStatus status, Long documentFileId,
            Long articleId, Instant issuedAt, List<Item> items) {
        this.year = year;
        this.number = number;
        this.title = title;
        this.issuerName = issuerName;
        this.issueDate = issueDate;
        this.editorNote = editorNote;
        this.reportTo = reportTo;
        this.sendTo = sendTo;
        this.issueTo = issueTo;
        this.status = status;
        this.documentFileId = documentFileId;
        this.articleId = articleId;
        this.issuedAt = issuedAt;
        this.items = List.copyOf(items);
    }
}
