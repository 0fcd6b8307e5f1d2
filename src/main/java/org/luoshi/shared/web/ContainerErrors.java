package org.luoshi.shared.web;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import org.apache.catalina.Host;
import org.apache.catalina.connector.Request;
import org.apache.catalina.connector.Response;
import org.apache.catalina.core.StandardHost;
import org.apache.catalina.valves.ErrorReportValve;
import org.luoshi.shared.error.Messages;
import org.springframework.boot.tomcat.servlet.TomcatServletWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.stereotype.Component;
import org.springframework.web.util.HtmlUtils;

/**
 * Requests Tomcat refuses before the application sees them (an encoded NUL in the path, an unparsable URI) get
 * the same Chinese answer as the rest, instead of Tomcat's English "HTTP Status 400 – Bad Request" page: Tomcat's
 * error report valve is replaced on the host by one that writes problem+json under /api/ and a plain Chinese page
 * elsewhere. It writes only when nothing else has: whatever the application answers stays as it is.
 */
@Component
class ContainerErrors implements WebServerFactoryCustomizer<TomcatServletWebServerFactory> {

    private final Messages messages;

    ContainerErrors(Messages messages) {
        this.messages = messages;
    }

    @Override
    public void customize(TomcatServletWebServerFactory factory) {
        factory.addContextCustomizers(context -> {
            Host host = (Host) context.getParent();
            if (host instanceof StandardHost standard) {
                standard.setErrorReportValveClass(ChineseErrorReport.class.getName());
            }
            host.getPipeline().addValve(new ChineseErrorReport(messages));
        });
    }

    static final class ChineseErrorReport extends ErrorReportValve {

        private final Messages messages;

        ChineseErrorReport(Messages messages) {
            this.messages = messages;
            setShowReport(false);
            setShowServerInfo(false);
        }

        @Override
        protected void report(Request request, Response response, Throwable failure) {
            int status = response.getStatus();
            if (status < 400 || response.getContentWritten() > 0 || !response.setErrorReported()) {
                return;
            }
            // the raw URI: a request Tomcat could not decode has no decoded one
            String uri = request.getRequestURI();
            boolean api = uri != null && uri.startsWith("/api/");
            String title = text("error.title." + status, "error.page.title");
            // a 400 from Tomcat itself is a request it could not read: a malformed address or header
            String detail = status == 400 ? messages.get("error.request.malformed")
                    : text((api ? "error.detail." : "error.page.") + status,
                            status >= 500 ? "error.detail.500" : api ? "error.detail.400" : "error.page.400");
            try {
                response.setCharacterEncoding(StandardCharsets.UTF_8.name());
                response.setContentType(api ? "application/problem+json" : "text/html");
                Writer out = response.getReporter();
                if (out != null) {
                    out.write(api ? problem(status, title, detail) : page(title, detail));
                }
            } catch (IOException | IllegalStateException ignored) {
                // the client has gone, or the response cannot be written: nothing left to tell anyone
            }
        }

        private String text(String key, String fallbackKey) {
            String text = messages.get(key);
            return text.equals(key) ? messages.get(fallbackKey) : text;
        }

        private static String problem(int status, String title, String detail) {
            return "{\"type\":\"about:blank\",\"title\":\"" + title + "\",\"status\":" + status + ",\"detail\":\""
                    + detail.replace("\\", "\\\\").replace("\"", "\\\"") + "\"}";
        }

        private String page(String title, String detail) {
            return "<!DOCTYPE html><html lang=\"zh-CN\"><head><meta charset=\"UTF-8\">"
                    + "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\"><title>"
                    + HtmlUtils.htmlEscape(title) + "</title><link rel=\"stylesheet\" href=\"/css/luoshi.css\">"
                    + "</head><body><main class=\"content\"><section class=\"card error-page\"><h1>"
                    + HtmlUtils.htmlEscape(title) + "</h1><p class=\"notice notice-error\" role=\"alert\">"
                    + HtmlUtils.htmlEscape(detail) + "</p><p><a class=\"btn btn-primary\" href=\"/\">"
                    + HtmlUtils.htmlEscape(messages.get("error.page.home")) + "</a></p></section></main></body></html>";
        }
    }
}
