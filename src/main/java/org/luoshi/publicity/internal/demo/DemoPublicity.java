package org.luoshi.publicity.internal.demo;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.luoshi.identity.AccountDirectory;
import org.luoshi.org.UnitDirectory;
import org.luoshi.org.UnitRef;
import org.luoshi.org.UnitType;
import org.luoshi.plan.LinkableItem;
import org.luoshi.plan.LinkableItems;
import org.luoshi.publicity.Decision;
import org.luoshi.publicity.PortalColumn;
import org.luoshi.publicity.SubmissionKind;
import org.luoshi.publicity.internal.portal.ArticlePublisher.PublishArticle;
import org.luoshi.publicity.internal.portal.ArticleWorkflow;
import org.luoshi.publicity.internal.portal.PublishAdopted;
import org.luoshi.publicity.internal.submission.DecideSubmission;
import org.luoshi.publicity.internal.submission.EditSubmission;
import org.luoshi.publicity.internal.submission.SubmissionWorkflow;
import org.luoshi.shared.db.OncePerInstallation;
import org.luoshi.shared.security.Actor;
import org.luoshi.shared.security.Role;
import org.luoshi.shared.text.RichText;
import org.luoshi.shared.time.BusinessClock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.annotation.Order;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The publicity demo (docs/demo-accounts.md, 信息报送与宣传): the weeks since the demo plan was issued, played through
 * the module's own services on the business clock moved back to each step's day, so decisions, counts toward
 * 四（四）, audit and notifications are what real use leaves. Units of the demo tree submit 工作动态, 经验做法, 典型案例,
 * 先进典型, 宣传稿件 and 学习体会 (demo/publicity.properties); their parents return some (the unit revises and submits
 * again), adopt, recommend or decline; some go up to the province and a few to the national body. The adopting
 * units publish them to the portal's columns; the national body publishes the seed document first in 学习专栏
 * (pinned) and issues 工作简报 第1期 and 第2期 from its adoptions. 西湖区 → 杭州 → 浙江 (the demo editors) play the
 * named story: one case all the way to a national adoption, one awaiting 杭州, one returned, one draft. Runs once
 * per installation, after the study demo (@Order 45).
 */
@Component
@Order(50)
@ConditionalOnProperty(name = "luoshi.demo.enabled", havingValue = "true", matchIfMissing = true)
class DemoPublicity implements ApplicationRunner {

    static final String LOADED = "demo.publicity.loaded";
    static final String ZHEJIANG = "330000";
    static final String HANGZHOU = "330100";
    static final String XIHU = "330106";
    private static final String PUBLICITY_ITEM = "四（四）";
    private static final List<SubmissionKind> KINDS = List.of(SubmissionKind.NEWS, SubmissionKind.PRACTICE,
            SubmissionKind.CASE, SubmissionKind.NEWS, SubmissionKind.EXEMPLAR, SubmissionKind.ARTICLE,
            SubmissionKind.REFLECTION, SubmissionKind.CASE);
    private static final int PROVINCES = 12;
    private static final int PREFECTURES = 10;
    private static final int COUNTIES = 24;
    private static final Logger log = LoggerFactory.getLogger(DemoPublicity.class);

    /** What a submission goes through, step by step up the tree (see {@link Step}). */
    enum Story {
        WAITING(), ADOPTED(Step.ADOPT), RETURNED(Step.RETURN), REVISED_ADOPTED(Step.RETURN, Step.REVISE, Step.ADOPT),
        REVISED_WAITING(Step.RETURN, Step.REVISE), UP_ONE(Step.ADOPT_RECOMMEND, Step.ADOPT),
        UP_WAITING(Step.ADOPT_RECOMMEND), NOT_ADOPTED(Step.DECLINE), PASSED_ON(Step.RECOMMEND, Step.ADOPT),
        NATIONAL(Step.ADOPT_RECOMMEND, Step.ADOPT_RECOMMEND, Step.ADOPT),
        RETURNED_THEN_NATIONAL(Step.RETURN, Step.REVISE, Step.ADOPT_RECOMMEND, Step.ADOPT_RECOMMEND, Step.ADOPT),
        DRAFT();

        final List<Step> steps;

        Story(Step... steps) {
            this.steps = List.of(steps);
        }
    }

    /** A step: the level whose turn it is decides, or (REVISE) the unit revises what was returned and resubmits. */
    enum Step {
        RETURN(Decision.RETURNED), REVISE(null), ADOPT(Decision.ADOPTED), RECOMMEND(Decision.RECOMMENDED),
        ADOPT_RECOMMEND(Decision.ADOPTED_RECOMMENDED), DECLINE(Decision.NOT_ADOPTED);

        final Decision decision;

        Step(Decision decision) {
            this.decision = decision;
        }
    }

    /** A submission the national body adopted, and when (what its briefings may print). */
    record Adoption(long submissionId, Instant at) {
    }

    /** What the demo left: submissions by their story's end, articles, briefings. */
    record Loaded(int submissions, int articles, int briefings) {
    }

    private final SubmissionWorkflow submissions;
    private final ArticleWorkflow portal;
    private final DemoBriefings briefings;
    private final LinkableItems linkable;
    private final UnitDirectory units;
    private final AccountDirectory accounts;
    private final OncePerInstallation once;
    private final BusinessClock clock;
    private final Properties text = properties("demo/publicity.properties");

    private Function<String, Optional<UnitRef>> byCode;
    private Instant now;
    private UnitRef nation;
    private Map<Long, Long> editors;
    private final List<Adoption> nationalAdoptions = new ArrayList<>();
    private final Map<Long, UnitRef> parents = new HashMap<>();
    private final Map<Long, Long> items = new HashMap<>();
    private int articles;
    private int written;

    DemoPublicity(SubmissionWorkflow submissions, ArticleWorkflow portal, DemoBriefings briefings,
            LinkableItems linkable, UnitDirectory units, AccountDirectory accounts, OncePerInstallation once,
            BusinessClock clock) {
        this.submissions = submissions;
        this.portal = portal;
        this.briefings = briefings;
        this.linkable = linkable;
        this.units = units;
        this.accounts = accounts;
        this.once = once;
        this.clock = clock;
    }

    @Override
    @Transactional
    public void run(ApplicationArguments args) {
        if (!once.claim(LOADED)) {
            return;
        }
        long started = System.nanoTime();
        Loaded loaded = load(units.root(), units::findByCode);
        log.info("Demo publicity loaded in {} ms: {} submissions, {} portal articles, {} briefings",
                (System.nanoTime() - started) / 1_000_000, loaded.submissions(), loaded.articles(),
                loaded.briefings());
    }

    /** Plays the publicity demo under {@code national}; the named units are looked up by code. */
    Loaded load(UnitRef national, Function<String, Optional<UnitRef>> byCode) {
        this.byCode = byCode;
        this.nation = national;
        this.now = clock.instant();
        nationalAdoptions.clear();
        parents.clear();
        items.clear();
        articles = 0;
        written = 0;
        LocalDate issued = LocalDate.now(clock).minusDays(Long.parseLong(
                properties("demo/seed-plan.properties").getProperty("issuedDaysAgo")));
        List<UnitRef> provinces = units.children(national.id()).stream()
                .filter(u -> u.type() == UnitType.PROVINCIAL).toList();
        List<UnitRef> prefectures = units.subtree(national.path(), EnumSet.of(UnitType.PREFECTURE));
        List<UnitRef> counties = units.subtree(national.path(), EnumSet.of(UnitType.COUNTY));
        editors = editorAccounts(provinces, prefectures, counties);

        studyColumn(issued);
        namedStory(issued);
        Set<Long> named = Set.of(ZHEJIANG, HANGZHOU, XIHU).stream().flatMap(code -> byCode.apply(code).stream())
                .map(UnitRef::id).collect(Collectors.toSet());
        int n = 0;
        // provinces first, early in the weeks, so the national body has adoptions for its first briefing
        for (UnitRef province : spread(provinces, named, PROVINCES)) {
            Story story = List.of(Story.ADOPTED, Story.WAITING, Story.ADOPTED, Story.NOT_ADOPTED,
                    Story.REVISED_ADOPTED, Story.ADOPTED).get(n % 6);
            play(province, story, n++, issued.plusDays(3 + n % 9));
        }
        List<Story> turn = List.of(Story.ADOPTED, Story.WAITING, Story.UP_ONE, Story.REVISED_ADOPTED,
                Story.NOT_ADOPTED, Story.UP_WAITING, Story.RETURNED, Story.PASSED_ON, Story.ADOPTED,
                Story.REVISED_WAITING, Story.NATIONAL, Story.UP_ONE, Story.DRAFT);
        List<UnitRef> lower = new ArrayList<>(spread(prefectures, named, PREFECTURES));
        lower.addAll(spread(counties, named, COUNTIES));
        for (UnitRef unit : lower) {
            Story story = turn.get(n % turn.size());
            play(unit, story, n++, null);
            if (n % 3 == 0) {
                play(unit, turn.get((n + 5) % turn.size()), n++, null);
            }
        }
        int issuedBriefings = briefings.issue(nation, editor(nation), nationalAdoptions, issued, now, text);
        articles += issuedBriefings;
        return new Loaded(written, articles, issuedBriefings);
    }

    /** The seed document pinned first in 学习专栏 the day after the plan's issue, three study pieces after it. */
    private void studyColumn(LocalDate issued) {
        Actor editor = editor(nation);
        List<String> lines = new ArrayList<>(lines("demo/seed-plan.txt"));
        String title = lines.remove(0).strip();
        String body = RichText.paragraphs(lines.stream().map(String::strip).filter(line -> !line.isEmpty())
                .toList());
        clock.runAt(at(issued.plusDays(1), 0), () -> portal.publish(editor, new PublishArticle(
                PortalColumn.STUDY, title, null, body, nation.name(), null, List.of(), null, null, true)));
        articles++;
        int[] days = {2, 9, 20};
        for (int i = 1; i <= days.length; i++) {
            String studyBody = paragraphs(text.getProperty("study." + i + ".body"));
            String studyTitle = text.getProperty("study." + i + ".title");
            clock.runAt(at(issued.plusDays(days[i - 1]), i), () -> portal.publish(editor, new PublishArticle(
                    PortalColumn.STUDY, studyTitle, null, studyBody, nation.name(), null, List.of(),
                    null, null, false)));
            articles++;
        }
    }

    /** 西湖区 → 杭州 → 浙江 → the nation: the accounts county-editor, city-editor and prov-editor find these. */
    private void namedStory(LocalDate issued) {
        byCode.apply(XIHU).ifPresent(xihu -> {
            play(xihu, SubmissionKind.CASE, 1, Story.RETURNED_THEN_NATIONAL, issued.plusDays(5), true);
            play(xihu, SubmissionKind.NEWS, 2, Story.WAITING, LocalDate.ofInstant(now, clock.getZone())
                    .minusDays(2), false);
            play(xihu, SubmissionKind.PRACTICE, 1, Story.RETURNED, null, false);
            play(xihu, SubmissionKind.REFLECTION, 1, Story.DRAFT, null, false);
        });
        byCode.apply(HANGZHOU).ifPresent(hangzhou -> {
            play(hangzhou, SubmissionKind.NEWS, 4, Story.WAITING, LocalDate.ofInstant(now, clock.getZone())
                    .minusDays(3), false);
            play(hangzhou, SubmissionKind.PRACTICE, 3, Story.ADOPTED, null, false);
        });
        byCode.apply(ZHEJIANG).ifPresent(zhejiang -> play(zhejiang, SubmissionKind.EXEMPLAR, 1, Story.ADOPTED,
                issued.plusDays(6), false));
    }

    private void play(UnitRef unit, Story story, int n, LocalDate start) {
        play(unit, KINDS.get(n % KINDS.size()), n / KINDS.size() + n, story, start, n % 2 == 0);
    }

    /**
     * One submission of {@code unit}: drafted and submitted on {@code start} (null: a day that leaves the story's
     * steps room before now), then each step a day or three after the one before, up the tree; published by the
     * highest level that adopted it the day after. A step that would fall after now is left for a visitor to take.
     */
    private void play(UnitRef unit, SubmissionKind kind, int textNo, Story story, LocalDate start, boolean link) {
        Actor author = editor(unit);
        LocalDate today = LocalDate.ofInstant(now, clock.getZone());
        LocalDate first = start != null ? start
                : today.minusDays(2 + 3L * story.steps.size() + Math.floorMod(textNo * 7 + unit.id(), 12));
        Long itemId = link ? publicityItem(unit) : null;
        String prefix = kind.name() + "." + (1 + Math.floorMod(textNo, count(kind)));
        EditSubmission edit = new EditSubmission(kind, fill(text.getProperty(prefix + ".title"), unit),
                paragraphs(fill(text.getProperty(prefix + ".body"), unit)),
                text.getProperty("author." + (1 + Math.floorMod(textNo + (int) unit.id(), 5))),
                text.getProperty("contact"), itemId, null);
        Instant at = at(first, textNo);
        long id = clock.callAt(at, () -> submissions.draft(author, edit));
        written++;
        if (story == Story.DRAFT) {
            return;
        }
        clock.runAt(at.plus(Duration.ofMinutes(20)), () -> submissions.submit(author, id, null, null));
        UnitRef reviewer = parent(unit);
        UnitRef adopter = null;
        Instant adoptedAt = null;
        int returns = 0;
        for (Step step : story.steps) {
            at = at.plus(Duration.ofDays(1 + Math.floorMod(textNo + step.ordinal(), 3)))
                    .plus(Duration.ofMinutes(37));
            if (reviewer == null || !at.isBefore(now.minus(Duration.ofHours(1)))) {
                break;
            }
            if (step == Step.REVISE) {
                String note = text.getProperty("revise." + (1 + Math.floorMod(textNo, 4)));
                clock.runAt(at, () -> {
                    submissions.save(author, id, edit, null);
                    submissions.submit(author, id, note, null);
                });
                continue;
            }
            Decision decision = step.decision;
            boolean top = reviewer.id() == nation.id() || reviewer.parentId() == null;
            if (top && decision.recommends()) {
                decision = Decision.ADOPTED; // the national body cannot recommend: it adopts
            }
            String comment = switch (decision) {
                case RETURNED -> text.getProperty("return." + (1 + Math.floorMod(textNo + returns++, 4)));
                case NOT_ADOPTED -> text.getProperty("notAdopted." + (1 + Math.floorMod(textNo, 2)));
                case ADOPTED -> text.getProperty("decided.adopted");
                default -> text.getProperty("decided.recommended");
            };
            Actor decider = editor(reviewer);
            DecideSubmission command = new DecideSubmission(decision, comment);
            clock.runAt(at, () -> submissions.decide(decider, id, command, null));
            if (decision.adopts()) {
                adopter = reviewer;
                adoptedAt = at;
            }
            if (decision == Decision.RETURNED) {
                continue; // the unit revises (the next step) and it comes back to the same level
            }
            if (!decision.recommends()) {
                break;
            }
            reviewer = reviewer.id() == nation.id() ? null : parent(reviewer);
        }
        if (adopter != null) {
            publish(adopter, id, adoptedAt, at.plus(Duration.ofDays(1)));
        }
    }

    /** The highest adopting level publishes it to the column of its kind (national adoptions also go to briefings). */
    private void publish(UnitRef adopter, long submissionId, Instant adoptedAt, Instant at) {
        if (adopter.id() == nation.id()) {
            nationalAdoptions.add(new Adoption(submissionId, adoptedAt));
        }
        if (!at.isBefore(now)) {
            return;
        }
        Actor editor = editor(adopter);
        // 发布采用稿件 as an editor does it: the column of its kind, 来源 the submitting unit
        clock.runAt(at, () -> portal.publishAdopted(editor, new PublishAdopted(submissionId, null, null, false)));
        articles++;
    }

    private UnitRef parent(UnitRef unit) {
        return unit.parentId() == null ? null
                : parents.computeIfAbsent(unit.parentId(), id -> units.find(id).orElse(null));
    }

    /** The unit's 四（四） item, if it may link to it (it acknowledged the demo plan). */
    private Long publicityItem(UnitRef unit) {
        return items.computeIfAbsent(unit.id(), id -> linkable.of(id).stream()
                .filter(i -> i.label().startsWith(PUBLICITY_ITEM)).findFirst().map(LinkableItem::item)
                .map(item -> item.itemId()).orElse(null));
    }

    /** Every n-th of {@code all} (not the named units), at most {@code max}, so the demo reaches many places. */
    private static List<UnitRef> spread(List<UnitRef> all, Set<Long> named, int max) {
        List<UnitRef> others = all.stream().filter(u -> !named.contains(u.id())).toList();
        int every = Math.max(1, others.size() / max);
        List<UnitRef> picked = new ArrayList<>();
        for (int i = 0; i < others.size() && picked.size() < max; i += every) {
            picked.add(others.get(i));
        }
        return picked;
    }

    /** The unit's editor: its EDITOR account where it has one (the demo editors), else an unnamed one. */
    private Actor editor(UnitRef unit) {
        long account = editors.getOrDefault(unit.id(), 0L);
        return new Actor(account, "demo", unit.shortName() == null ? unit.name() : unit.shortName(), unit.id(),
                unit.path(), Set.of(Role.EDITOR));
    }

    private Map<Long, Long> editorAccounts(List<UnitRef> provinces, List<UnitRef> prefectures,
            List<UnitRef> counties) {
        List<Long> ids = new ArrayList<>();
        ids.add(nation.id());
        for (List<UnitRef> level : List.of(provinces, prefectures, counties)) {
            level.forEach(u -> ids.add(u.id()));
        }
        return accounts.accountsOf(ids).stream().filter(a -> a.roles().contains(Role.EDITOR))
                .collect(Collectors.toMap(AccountDirectory.UnitAccount::unitId,
                        AccountDirectory.UnitAccount::accountId, (a, b) -> Math.min(a, b)));
    }

    private int count(SubmissionKind kind) {
        int n = 0;
        while (text.containsKey(kind.name() + "." + (n + 1) + ".title")) {
            n++;
        }
        return Math.max(1, n);
    }

    private Instant at(LocalDate day, long n) {
        return day.atTime(9, 10).plusMinutes(n * 53 % 450).atZone(clock.getZone()).toInstant();
    }

    private static String fill(String text, UnitRef unit) {
        String shortName = unit.shortName() == null ? unit.name() : unit.shortName();
        String place = shortName.endsWith("老科协") ? shortName.substring(0, shortName.length() - 3) : shortName;
        return text.replace("{unit}", shortName).replace("{place}", place);
    }

    static String paragraphs(String text) {
        return RichText.paragraphs(List.of(text.split("\n")));
    }

    static Properties properties(String resource) {
        Properties properties = new Properties();
        try (InputStream in = new ClassPathResource(resource).getInputStream()) {
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return properties;
    }

    private static List<String> lines(String resource) {
        try (InputStream in = new ClassPathResource(resource).getInputStream()) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
