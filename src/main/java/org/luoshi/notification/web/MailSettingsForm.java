package org.luoshi.notification.web;

import org.luoshi.notification.internal.MailSettings;
import org.springframework.validation.Errors;

/**
 * The /admin/mail form as typed, and the body of PUT /api/v1/admin/mail-settings: the password starts empty and
 * stays empty unless it is being changed; {@code version} is the one read, so that a save in between is noticed.
 */
public class MailSettingsForm {

    private boolean enabled;
    private String host = "";
    private Integer port = MailSettings.DEFAULT_PORT;
    private String username = "";
    private String password = "";
    private String from = "";
    private boolean tls;
    private Integer version;

    static MailSettingsForm of(MailSettings settings) {
        MailSettingsForm form = new MailSettingsForm();
        form.enabled = settings.enabled();
        form.host = settings.host();
        form.port = settings.port();
        form.username = settings.username();
        form.from = settings.from();
        form.tls = settings.tls();
        form.version = settings.version();
        return form;
    }

    MailSettings toSettings() {
        return new MailSettings(enabled, trim(host), port == null ? 0 : port, trim(username),
                password == null ? "" : password, trim(from), tls, version == null ? 0 : version);
    }

    /** The rules the page and the API share; each broken one is put on its field, in Chinese. */
    void validate(Errors errors) {
        if (enabled && trim(host).isEmpty()) {
            errors.rejectValue("host", "mail.settings.host.required");
        }
        if (port == null || port < 1 || port > 65535) {
            errors.rejectValue("port", "mail.settings.port.range");
        }
        String address = trim(from);
        if ((enabled || !address.isEmpty()) && !MailSettings.isAddress(address)) {
            errors.rejectValue("from", "mail.settings.from.invalid");
        }
        if (version == null) {
            errors.rejectValue("version", "mail.settings.version.required");
        }
    }

    private static String trim(String value) {
        return value == null ? "" : value.strip();
    }

    public boolean isEnabled() {
        return enabled;
    }

    public void setEnabled(boolean enabled) {
        this.enabled = enabled;
    }

    public String getHost() {
        return host;
    }

    public void setHost(String host) {
        this.host = host;
    }

    public Integer getPort() {
        return port;
    }

    public void setPort(Integer port) {
        this.port = port;
    }

    public String getUsername() {
        return username;
    }

    public void setUsername(String username) {
        this.username = username;
    }

    public String getPassword() {
        return password;
    }

    public void setPassword(String password) {
        this.password = password;
    }

    public String getFrom() {
        return from;
    }

    public void setFrom(String from) {
        this.from = from;
    }

    public boolean isTls() {
        return tls;
    }

    public void setTls(boolean tls) {
        this.tls = tls;
    }

    public Integer getVersion() {
        return version;
    }

    public void setVersion(Integer version) {
        this.version = version;
    }
}
