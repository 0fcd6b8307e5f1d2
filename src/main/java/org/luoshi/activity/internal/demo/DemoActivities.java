package org.luoshi.activity.internal.demo;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Properties;
import java.util.Set;
import java.util.function.Function;
import org.luoshi.activity.ActivityKind;
import org.luoshi.activity.internal.activity.ActivityWorkflow;
import org.luoshi.activity.internal.activity.SaveActivity;
import org.luoshi.activity.internal.series.SaveSeries;
import org.luoshi.activity.internal.series.SeriesWorkflow;
import org.luoshi.activity.internal.speaker.SaveSpeaker;
import org.luoshi.activity.internal.speaker.SpeakerWorkflow;
import org.luoshi.org.UnitDirectory;
import org.luoshi.org.UnitRef;
import org.luoshi.org.UnitType;
import org.luoshi.plan.LinkableItem;
import org.luoshi.plan.LinkableItems;
import org.luoshi.shared.db.OncePerInstallation;
import org.luoshi.shared.security.Actor;
import org.luoshi.shared.security.Role;
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
 * The activity demo (docs/activity.md): the national body's series 党的二十大代表进协会 since the demo plan was issued,
 * with the speakers of its library and 浙江's (fictional 二十大代表), ten activities held over the demo tree (the
 * nation, 浙江, 杭州, 西湖区 and other provinces and cities), each marked held after it ended and, where the unit has
 * acknowledged the plan, counted toward 三（三）; and two upcoming ones open for registration (浙江's 大讲堂, and
 * 西湖区's 座谈会 with 30 places). Played through the module's own services on the business clock moved back to each
 * step's day, so the audit and the counts read as real use leaves them. Runs once per installation, after the
 * publicity demo (@Order 50).
 */
@Component
@Order(55)
@ConditionalOnProperty(name = "luoshi.demo.enabled", havingValue = "true", matchIfMissing = true)
class DemoActivities implements ApplicationRunner {

    static final String LOADED = "demo.activity.loaded";
    private static final String ACTIVITY_ITEM = "三（三）";
    private static final List<String> NAMED = List.of("330000", "330100", "330106");
    private static final String ZHEJIANG = "330000";
    private static final String HANGZHOU = "330100";
    private static final String XIHU = "330106";
    private static final int PAST = 10;
    private static final Logger log = LoggerFactory.getLogger(DemoActivities.class);

    private final ActivityWorkflow activities;
    private final SeriesWorkflow series;
    private final SpeakerWorkflow speakers;
    private final LinkableItems linkable;
    private final UnitDirectory units;
    private final OncePerInstallation once;
    private final BusinessClock clock;
    private final Properties text = properties();

    DemoActivities(ActivityWorkflow activities, SeriesWorkflow series, SpeakerWorkflow speakers,
            LinkableItems linkable, UnitDirectory units, OncePerInstallation once, BusinessClock clock) {
        this.activities = activities;
        this.series = series;
        this.speakers = speakers;
        this.linkable = linkable;
        this.units = units;
        this.once = once;
        this.clock = clock;
    }

    @Override
    @Transactional
    public void run(ApplicationArguments args) {
        if (!once.claim(LOADED)) {
            return;
        }
        int loaded = load(units.root(), units::findByCode);
        log.info("Demo activities loaded: {} activities in the series {}", loaded, text.getProperty("series.title"));
    }

    /** Plays the demo under {@code nation}, the named units looked up by code; answers how many activities it left. */
    int load(UnitRef nation, Function<String, Optional<UnitRef>> byCode) {
        LocalDate today = LocalDate.now(clock);
        LocalDate issued = today.minusDays(Long.parseLong(seedPlan().getProperty("issuedDaysAgo")));
        Actor national = administrator(nation);
        long seriesId = clock.callAt(at(issued, 10, 0), () -> series.create(national, new SaveSeries(
                text.getProperty("series.title"), text.getProperty("series.description"), issued.minusDays(1),
                issued.plusDays(365))));
        List<Long> delegates = speakers(national, "national", issued);
        Optional<UnitRef> zhejiang = byCode.apply(ZHEJIANG);
        // 浙江's own speakers speak only in 浙江's subtree, where its library is offered
        List<Long> zhejiangDelegates = new ArrayList<>(delegates);
        zhejiang.ifPresent(z -> zhejiangDelegates.addAll(0, speakers(administrator(z), "zhejiang", issued)));

        List<UnitRef> organisers = organisers(nation, byCode);
        for (int n = 0; n < PAST; n++) {
            UnitRef unit = organisers.get(n % organisers.size());
            List<Long> pool = zhejiang.filter(z -> unit.isWithin(z.path())).isPresent() ? zhejiangDelegates
                    : delegates;
            LocalDate day = issued.plusDays(3 + 3L * n);
            held(unit, n + 1, seriesId, List.of(pool.get(n % pool.size())), day, n == PAST - 1 ? 2 : 0);
        }
        int upcoming = 0;
        if (zhejiang.isPresent()) {
            upcoming(zhejiang.get(), 1, seriesId, zhejiangDelegates, today.plusDays(6), 200,
                    byCode.apply(HANGZHOU).map(UnitRef::id).map(List::of).orElse(List.of()));
            upcoming++;
        }
        Optional<UnitRef> xihu = byCode.apply(XIHU);
        if (xihu.isPresent()) {
            upcoming(xihu.get(), 2, seriesId, delegates, today.plusDays(10), 30, List.of());
            upcoming++;
        }
        return PAST + upcoming;
    }

    /** The nation, 浙江, 杭州 and 西湖区 first, then other provinces and cities of the demo tree. */
    private List<UnitRef> organisers(UnitRef nation, Function<String, Optional<UnitRef>> byCode) {
        List<UnitRef> organisers = new ArrayList<>();
        organisers.add(nation);
        NAMED.forEach(code -> byCode.apply(code).ifPresent(organisers::add));
        units.children(nation.id()).stream().filter(u -> u.type() == UnitType.PROVINCIAL)
                .filter(u -> !organisers.contains(u)).limit(4).forEach(organisers::add);
        units.subtree(nation.path(), EnumSet.of(UnitType.PREFECTURE)).stream()
                .filter(u -> !organisers.contains(u)).limit(2).forEach(organisers::add);
        return organisers;
    }

    private List<Long> speakers(Actor admin, String library, LocalDate issued) {
        List<Long> ids = new ArrayList<>();
        for (int n = 1; text.containsKey("speaker." + library + "." + n); n++) {
            String[] f = text.getProperty("speaker." + library + "." + n).split("\\|");
            SaveSpeaker command = new SaveSpeaker(f[0], f[1], f[3], Boolean.parseBoolean(f[2]));
            long id = clock.callAt(at(issued, 11, n), () -> speakers.create(admin, command));
            if (command.congressDelegate()) {
                ids.add(id);
            }
        }
        return ids;
    }

    /**
     * An activity of the past: planned a week before, held on {@code day} ({@code days} long), marked held that
     * evening and counted toward 三（三） where the unit may link to it.
     */
    private void held(UnitRef unit, int n, long seriesId, List<Long> speakerIds, LocalDate day, int days) {
        Actor admin = administrator(unit);
        Long itemId = linkable.of(unit.id()).stream().filter(i -> i.label().startsWith(ACTIVITY_ITEM)).findFirst()
                .map(LinkableItem::item).map(i -> i.itemId()).orElse(null);
        String[] f = text.getProperty("activity." + n).split("\\|");
        LocalDateTime starts = day.atTime(9, 30);
        SaveActivity command = new SaveActivity(seriesId, ActivityKind.valueOf(f[0]), place(f[1], unit),
                place(f[3], unit), place(f[2], unit), null, starts, day.plusDays(days).atTime(11, 30), 80 + 20 * n,
                null, false, null, null, false, List.of(), speakerIds, itemId);
        long id = clock.callAt(at(day.minusDays(7), 15, n), () -> activities.create(admin, command));
        clock.runAt(at(day.plusDays(days), 17, n), () -> activities.markHeld(admin, id, null));
    }

    private void upcoming(UnitRef unit, int n, long seriesId, List<Long> delegates, LocalDate day, int capacity,
            List<Long> coOrganisers) {
        Actor admin = administrator(unit);
        String[] f = text.getProperty("upcoming." + n).split("\\|");
        LocalDate today = LocalDate.now(clock);
        SaveActivity command = new SaveActivity(seriesId, ActivityKind.valueOf(f[0]), f[1], f[3], f[2], null,
                day.atTime(14, 30), day.atTime(17, 0), capacity, null, false, today.minusDays(2).atTime(9, 0),
                day.minusDays(1).atTime(18, 0), n == 2, coOrganisers, delegates.subList(0, Math.min(2,
                        delegates.size())), null);
        clock.runAt(at(today.minusDays(3), 10, n), () -> activities.create(admin, command));
    }

    private Instant at(LocalDate day, int hour, int n) {
        return day.atTime(LocalTime.of(hour, 0)).plusMinutes(n * 7L % 50).atZone(clock.getZone()).toInstant();
    }

    private static String place(String template, UnitRef unit) {
        String name = unit.shortName() == null ? unit.name() : unit.shortName();
        String place = name.endsWith("老科协") ? name.substring(0, name.length() - 3) : name;
        return template.replace("{0}", place);
    }

    private static Actor administrator(UnitRef unit) {
        return new Actor(0, "demo", "demo", unit.id(), unit.path(), Set.of(Role.UNIT_ADMIN));
    }

    private static Properties seedPlan() {
        return load("demo/seed-plan.properties");
    }

    private static Properties properties() {
        return load("demo/activities.properties");
    }

    private static Properties load(String resource) {
        Properties properties = new Properties();
        try (InputStream in = new ClassPathResource(resource).getInputStream()) {
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return properties;
    }
}
