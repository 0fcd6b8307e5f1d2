package org.luoshi.shared.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.Part;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.tomcat.util.http.fileupload.InvalidFileNameException;
import org.apache.tomcat.util.http.fileupload.impl.FileSizeLimitExceededException;
import org.luoshi.shared.files.FileStore;
import org.luoshi.shared.text.TextFlaw;
import org.springframework.context.MessageSourceResolvable;
import org.springframework.context.support.DefaultMessageSourceResolvable;
import org.springframework.boot.security.autoconfigure.web.servlet.SecurityFilterProperties;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.multipart.MultipartHttpServletRequest;
import org.springframework.web.util.WebUtils;

/**
 * Refuses, once for every endpoint and before the login form reads them, query and form parameters and upload
 * file names that hold a {@link TextFlaw} or a file name longer than any column keeps. JSON bodies are checked as
 * they are read (StrictJson). Runs after the request context is set (the error page needs it) and before Spring
 * Security, whose login form would otherwise send a NUL to the database.
 */
@Component
@Order(SecurityFilterProperties.DEFAULT_FILTER_ORDER - 2)
class TextInputFilter extends OncePerRequestFilter {

    /** The shortest column that keeps a file name (member_import.file_name). */
    static final int MAX_FILENAME = 200;

    private final Refusals refusals;
    private final FileStore files;

    TextInputFilter(Refusals refusals, FileStore files) {
        this.refusals = refusals;
        this.files = files;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        // an upload first: reading its parameters parses it, and a failure then says what is wrong with the files
        Refusal refusal = isMultipart(request) ? filenames(request) : null;
        if (refusal == null) {
            refusal = parameters(request);
        }
        if (refusal != null) {
            refusals.refuse(request, response, refusal.status(), refusal.field(), refusal.messageKey(),
                    refusal.args());
            return;
        }
        chain.doFilter(request, response);
    }

    private static Refusal parameters(HttpServletRequest request) {
        Map<String, String[]> parameters;
        try {
            parameters = request.getParameterMap();
        } catch (IllegalStateException unreadable) {
            // Tomcat could not decode them: "%zz", too many parameters, a form body over its size limit
            return new Refusal(HttpStatus.BAD_REQUEST, null, "error.request.parameters");
        }
        for (Map.Entry<String, String[]> parameter : parameters.entrySet()) {
            String name = parameter.getKey();
            if (TextFlaw.of(name) != null) {
                return new Refusal(HttpStatus.BAD_REQUEST, null, "text.flaw.parameterName");
            }
            for (String value : parameter.getValue()) {
                TextFlaw flaw = TextFlaw.of(value);
                if (flaw != null) {
                    return new Refusal(HttpStatus.BAD_REQUEST, name, flaw.messageKey(), name);
                }
            }
        }
        return null;
    }

    private Refusal filenames(HttpServletRequest request) {
        List<Upload> uploads;
        try {
            uploads = uploads(request);
        } catch (IllegalStateException | IOException | ServletException e) {
            return unparsable(e, request);
        }
        for (Upload upload : uploads) {
            TextFlaw flaw = TextFlaw.of(upload.filename());
            if (flaw != null) {
                return new Refusal(HttpStatus.BAD_REQUEST, upload.field(), flaw.messageKey(), upload.field());
            }
            if (upload.filename().length() > MAX_FILENAME) {
                return new Refusal(HttpStatus.BAD_REQUEST, upload.field(), "file.nameTooLong",
                        upload.filename().substring(0, 20) + "…", MAX_FILENAME);
            }
        }
        return null;
    }

    /** The files of a request, whether the container parsed it (parts) or a multipart resolver already did. */
    private static List<Upload> uploads(HttpServletRequest request) throws IOException, ServletException {
        List<Upload> uploads = new ArrayList<>();
        MultipartHttpServletRequest multipart = WebUtils.getNativeRequest(request, MultipartHttpServletRequest.class);
        if (multipart != null) {
            multipart.getMultiFileMap().values().stream().flatMap(List::stream)
                    .filter(file -> file.getOriginalFilename() != null)
                    .forEach(file -> uploads.add(new Upload(file.getName(), file.getOriginalFilename())));
            return uploads;
        }
        for (Part part : request.getParts()) {
            if (part.getSubmittedFileName() != null) {
                uploads.add(new Upload(part.getName(), part.getSubmittedFileName()));
            }
        }
        return uploads;
    }

    /**
     * The container could not read the upload: a part's headers (its file name) longer than
     * server.tomcat.max-part-header-size, a file over the size limit, or a body cut short.
     */
    private Refusal unparsable(Exception e, HttpServletRequest request) {
        StringBuilder reasons = new StringBuilder();
        String field = "file";
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            if (cause instanceof InvalidFileNameException) {
                // Tomcat refuses a NUL in a file name itself, before anyone can ask which part it came in
                return new Refusal(HttpStatus.BAD_REQUEST, null, "file.nameFlawed");
            }
            if (cause instanceof FileSizeLimitExceededException one && one.getFieldName() != null) {
                field = one.getFieldName();
            }
            reasons.append(cause.getMessage()).append(' ');
        }
        String reason = reasons.toString();
        if (reason.contains("Header section")) {
            return new Refusal(HttpStatus.BAD_REQUEST, null, "file.partHeaderTooLarge", MAX_FILENAME);
        }
        if (reason.contains("exceed")) {
            return new Refusal(HttpStatus.PAYLOAD_TOO_LARGE, field, "file.requestTooLarge", uploadLabel(request),
                    files.maxSize().toMegabytes());
        }
        return new Refusal(HttpStatus.BAD_REQUEST, null, "file.multipartBroken");
    }

    /**
     * What the person was uploading, in their words: a request over the limit is refused by its length, before any
     * part is read, so the address (…/photos, …/attachments) is what names the field ({@code field.photos} = 照片).
     */
    private static MessageSourceResolvable uploadLabel(HttpServletRequest request) {
        String path = request.getRequestURI();
        String last = path.substring(path.lastIndexOf('/') + 1);
        return new DefaultMessageSourceResolvable(new String[] {"field." + last, "file.upload.field"}, null, "");
    }

    private static boolean isMultipart(HttpServletRequest request) {
        String type = request.getContentType();
        return type != null && type.toLowerCase().startsWith(MediaType.MULTIPART_FORM_DATA_VALUE);
    }

    private record Upload(String field, String filename) {
    }

    private record Refusal(HttpStatus status, String field, String messageKey, Object... args) {
    }
}
