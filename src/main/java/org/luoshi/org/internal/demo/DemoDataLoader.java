package org.luoshi.org.internal.demo;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.luoshi.org.UnitDirectory;
import org.luoshi.shared.crypto.PersonalDataCipher;
import org.luoshi.shared.db.OncePerInstallation;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Loads the demo organisation once, on the first start (luoshi.demo.enabled, on by default): the 31 provincial
 * associations, prefectures and counties under three of them, national branches and committees, their leaders
 * and about 3,000 members, so a newcomer sees a realistic 中国老科协 at once. Runs after the root unit exists
 * (RootUnitBootstrap, order 10) and before the demo accounts that act for these units (order 25).
 */
@Component
@Order(15)
@ConditionalOnProperty(name = "luoshi.demo.enabled", havingValue = "true", matchIfMissing = true)
class DemoDataLoader implements ApplicationRunner {

    static final String LOADED = "demo.org.loaded";
    // a fixed seed: every installation gets the same people, so the README and bug reports can name them
    private static final long SEED = 20_260_101L;
    private static final Logger log = LoggerFactory.getLogger(DemoDataLoader.class);

    private final JdbcTemplate jdbc;
    private final UnitDirectory directory;
    private final PersonalDataCipher cipher;
    private final OncePerInstallation once;
    private final Clock clock;

    DemoDataLoader(JdbcTemplate jdbc, UnitDirectory directory, PersonalDataCipher cipher, OncePerInstallation once,
            Clock clock) {
        this.clock = clock;
        this.jdbc = jdbc;
        this.directory = directory;
        this.cipher = cipher;
        this.once = once;
    }

    /**
     * The demo data is not an administrator's change, so it is not audited; like the root unit it is part of
     * the installation.
     */
    @Override
    @Transactional
    public void run(ApplicationArguments args) {
        // only one start, of one node, loads the demo
        if (!once.claim(LOADED)) {
            return;
        }
        long started = System.nanoTime();
        DemoUnits units = new DemoUnits(jdbc, cipher);
        DemoTree tree = units.plan(directory.root());
        List<String> taken = takenCodes(tree.codes());
        if (!taken.isEmpty()) {
            log.warn("Demo data not loaded: unit codes {} are already in use", taken);
            return;
        }
        Vocabulary vocabulary = Vocabulary.load();
        PersonFactory people = new PersonFactory(vocabulary, new Random(SEED));
        units.insert(tree);
        int leaders = units.insertPeople(tree, vocabulary, people);
        int members = new DemoMembers(jdbc, cipher, vocabulary, people, LocalDate.now(clock)).enrol(tree);
        log.info("Demo data loaded in {} ms: {} units, {} leaders and contacts, {} members (luoshi.demo.enabled=false "
                + "turns it off)", (System.nanoTime() - started) / 1_000_000, tree.units().size(), leaders, members);
    }

    private List<String> takenCodes(List<String> codes) {
        return new NamedParameterJdbcTemplate(jdbc).queryForList("select code from unit where code in (:codes)",
                Map.of("codes", codes), String.class);
    }
}
