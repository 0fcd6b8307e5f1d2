package org.luoshi.org.internal.unit;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import org.flywaydb.core.api.MigrationVersion;
import org.flywaydb.core.api.migration.Context;
import org.flywaydb.core.api.migration.JavaMigration;
import org.luoshi.shared.crypto.PersonalDataCipher;
import org.springframework.stereotype.Component;

/**
 * Flyway V81: seals the phone numbers of leaders and contacts already stored in plain text, between V80 (which
 * adds {@code phone_enc}) and V82 (which drops the plain column). A Java migration, because the key lives in
 * Java; a Spring bean, so that Flyway runs it with the installation's key, once, in the same run as V80 and V82.
 */
@Component
class UnitPersonPhonesSealing implements JavaMigration {

    private final PersonalDataCipher cipher;

    UnitPersonPhonesSealing(PersonalDataCipher cipher) {
        this.cipher = cipher;
    }

    @Override
    public MigrationVersion getVersion() {
        return MigrationVersion.fromVersion("81");
    }

    @Override
    public String getDescription() {
        return "unit person phones sealed";
    }

    @Override
    public Integer getChecksum() {
        return null;
    }

    @Override
    public boolean canExecuteInTransaction() {
        return true;
    }

    @Override
    public void migrate(Context context) throws SQLException {
        try (PreparedStatement read = context.getConnection().prepareStatement(
                        "select id, phone from unit_person where phone is not null");
                PreparedStatement seal = context.getConnection().prepareStatement(
                        "update unit_person set phone_enc = ? where id = ?");
                ResultSet rows = read.executeQuery()) {
            while (rows.next()) {
                seal.setBytes(1, cipher.encrypt(rows.getString("phone")));
                seal.setLong(2, rows.getLong("id"));
                seal.addBatch();
            }
            seal.executeBatch();
        }
    }
}
