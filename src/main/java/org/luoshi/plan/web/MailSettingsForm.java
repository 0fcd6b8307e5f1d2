package org.luoshi.plan.web;

import org.luoshi.plan.internal.reminder.MailSettings;

/** The /admin/mail form as typed; the password field starts empty and stays empty unless it is being changed. */
public class MailSettingsForm {

    private boolean enabled;
    private String host = "";
    private Integer port = MailSettings.DEFAULT_PORT;
    private String username = "";
    private String password = "";
    private String from = "";
    private boolean tls;
    private int version;

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
                password == null ? "" : password, trim(from), tls, version);
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

    public int getVersion() {
        return version;
    }

    public void setVersion(int version) {
        this.version = version;
    }
}
