package org.luoshi.notification.internal;

import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;
import org.luoshi.audit.AuditTrail;
import org.luoshi.org.UnitDirectory;
import org.luoshi.shared.crypto.PersonalDataCipher;
import org.luoshi.shared.error.BusinessException;
import org.luoshi.shared.security.Actor;
import org.luoshi.shared.security.Role;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The SMTP settings, kept in {@code app_setting} (names {@code mail.*}) so that every node reads the same values and
 * a change applies to the next e-mail without a restart.
 */
@Service
public class MailSettingsStore {

    private static final String PREFIX = "mail.";

    private final JdbcClient jdbc;
    private final PersonalDataCipher cipher;
    private final AuditTrail audit;
    private final UnitDirectory units;

    MailSettingsStore(JdbcClient jdbc, PersonalDataCipher cipher, AuditTrail audit, UnitDirectory units) {
        this.jdbc = jdbc;
        this.cipher = cipher;
        this.audit = audit;
        this.units = units;
    }

    /** The settings serve the whole installation: only system administrators read or change them. */
    public void requireAdministrator(Actor actor) {
        if (!actor.has(Role.SYSTEM_ADMIN)) {
            throw BusinessException.forbidden("mail.settings.onlySystemAdmin");
        }
    }

    public MailSettings current() {
        Map<String, String> values = jdbc.sql("select name, value from app_setting where name like 'mail.%'")
                .query((rs, i) -> Map.entry(rs.getString(1).substring(PREFIX.length()), rs.getString(2))).list()
                .stream().collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
        if (values.isEmpty()) {
            return MailSettings.none();
        }
        String password = values.getOrDefault("password", "");
        return new MailSettings(Boolean.parseBoolean(values.get("enabled")), values.getOrDefault("host", ""),
                Integer.parseInt(values.getOrDefault("port", String.valueOf(MailSettings.DEFAULT_PORT))),
                values.getOrDefault("username", ""),
                password.isEmpty() ? "" : cipher.decrypt(Base64.getDecoder().decode(password)),
                values.getOrDefault("from", ""), Boolean.parseBoolean(values.get("tls")),
                Integer.parseInt(values.getOrDefault("version", "0")));
    }

    /**
     * Saves new settings made from {@code expectedVersion}; a blank password keeps the stored one.
     *
     * @throws OptimisticLockingFailureException when someone saved in between
     */
    @Transactional
    public MailSettings save(MailSettings changed, int expectedVersion) {
        MailSettings before = current();
        if (before.version() != expectedVersion) {
            throw new OptimisticLockingFailureException("mail settings changed since version " + expectedVersion);
        }
        String password = changed.hasPassword() ? changed.password() : before.password();
        MailSettings after = new MailSettings(changed.enabled(), changed.host(), changed.port(), changed.username(),
                password, changed.from(), changed.tls(), before.version() + 1);
        Map<String, String> values = stored(after);
        if (!changed.hasPassword()) {
            values.remove("password"); // unchanged: keep the stored ciphertext as it is
        }
        values.forEach(this::put);
        audit.record("MAIL_SETTINGS_CHANGED", "app_setting", "mail", units.root().path(), after.host(),
                withoutPassword(before), withoutPassword(after));
        return after;
    }

    private Map<String, String> stored(MailSettings settings) {
        Map<String, String> values = new LinkedHashMap<>();
        values.put("enabled", String.valueOf(settings.enabled()));
        values.put("host", settings.host());
        values.put("port", String.valueOf(settings.port()));
        values.put("username", settings.username());
        values.put("password", settings.hasPassword()
                ? Base64.getEncoder().encodeToString(cipher.encrypt(settings.password())) : "");
        values.put("from", settings.from());
        values.put("tls", String.valueOf(settings.tls()));
        values.put("version", String.valueOf(settings.version()));
        return values;
    }

    private void put(String name, String value) {
        jdbc.sql("""
                insert into app_setting (name, value, updated_at) values (?, ?, now())
                on conflict (name) do update set value = excluded.value, updated_at = now()
                """).param(PREFIX + name).param(value).update();
    }

    /** What the audit log keeps: never the password, only whether one is set. */
    private static Map<String, Object> withoutPassword(MailSettings settings) {
        Map<String, Object> values = new LinkedHashMap<>();
        values.put("enabled", settings.enabled());
        values.put("host", settings.host());
        values.put("port", settings.port());
        values.put("username", settings.username());
        values.put("passwordSet", settings.hasPassword());
        values.put("from", settings.from());
        values.put("tls", settings.tls());
        return values;
    }
}
