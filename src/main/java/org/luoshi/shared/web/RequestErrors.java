package org.luoshi.shared.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.stream.Collectors;
import org.luoshi.shared.error.Messages;
import org.luoshi.shared.files.FileStore;
import org.springframework.validation.FieldError;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.validation.BindException;
import org.springframework.web.ErrorResponse;
import org.springframework.web.HttpMediaTypeNotAcceptableException;
import org.springframework.web.HttpMediaTypeNotSupportedException;
import org.springframework.web.HttpRequestMethodNotSupportedException;
import org.springframework.web.bind.MissingRequestHeaderException;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.ServletRequestBindingException;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.multipart.MultipartException;
import org.springframework.web.multipart.support.MissingServletRequestPartException;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.NoHandlerFoundException;
import org.springframework.web.servlet.resource.NoResourceFoundException;

/**
 * The request errors Spring MVC finds before or around a controller (wrong method, media type, missing part, a
 * parameter that is not a number, no such address), for the API and the pages alike: Spring's own answers are
 * English, and a page's 400 only said to try again later. Errors of the API's controllers that ApiErrors words
 * come first; this catches the rest, including requests that never reached a controller.
 */
@ControllerAdvice
@Order(Ordered.LOWEST_PRECEDENCE)
class RequestErrors {

    private final Messages messages;
    private final Refusals refusals;
    private final WrongValues wrongValues;
    private final FileStore files;

    RequestErrors(Messages messages, Refusals refusals, WrongValues wrongValues, FileStore files) {
        this.messages = messages;
        this.refusals = refusals;
        this.wrongValues = wrongValues;
        this.files = files;
    }

    @ExceptionHandler(HttpRequestMethodNotSupportedException.class)
    ModelAndView method(HttpRequestMethodNotSupportedException e, HttpServletRequest request,
            HttpServletResponse response) throws IOException {
        String[] supported = e.getSupportedMethods() == null ? new String[0] : e.getSupportedMethods();
        return answer(e, request, response, HttpStatus.METHOD_NOT_ALLOWED, null,
                messages.get("error.request.method", e.getMethod(), String.join("、", supported)));
    }

    @ExceptionHandler(HttpMediaTypeNotSupportedException.class)
    ModelAndView mediaType(HttpMediaTypeNotSupportedException e, HttpServletRequest request,
            HttpServletResponse response) throws IOException {
        String supported = e.getSupportedMediaTypes().stream().map(Object::toString).collect(Collectors.joining("、"));
        return answer(e, request, response, HttpStatus.UNSUPPORTED_MEDIA_TYPE, null,
                messages.get("error.request.mediaType", String.valueOf(e.getContentType()), supported));
    }

    @ExceptionHandler(HttpMediaTypeNotAcceptableException.class)
    ModelAndView notAcceptable(HttpMediaTypeNotAcceptableException e, HttpServletRequest request,
            HttpServletResponse response) throws IOException {
        return answer(e, request, response, HttpStatus.NOT_ACCEPTABLE, null,
                messages.get("error.request.notAcceptable"));
    }

    @ExceptionHandler(MissingServletRequestParameterException.class)
    ModelAndView missingParameter(MissingServletRequestParameterException e, HttpServletRequest request,
            HttpServletResponse response) throws IOException {
        return answer(e, request, response, HttpStatus.BAD_REQUEST, e.getParameterName(),
                messages.get("error.parameter.missing", e.getParameterName()));
    }

    @ExceptionHandler(MissingRequestHeaderException.class)
    ModelAndView missingHeader(MissingRequestHeaderException e, HttpServletRequest request,
            HttpServletResponse response) throws IOException {
        return answer(e, request, response, HttpStatus.BAD_REQUEST, e.getHeaderName(),
                messages.get("error.request.header", e.getHeaderName()));
    }

    @ExceptionHandler(ServletRequestBindingException.class)
    ModelAndView binding(ServletRequestBindingException e, HttpServletRequest request,
            HttpServletResponse response) throws IOException {
        return answer(e, request, response, HttpStatus.BAD_REQUEST, null, messages.get("error.invalid"));
    }

    @ExceptionHandler(MissingServletRequestPartException.class)
    ModelAndView missingPart(MissingServletRequestPartException e, HttpServletRequest request,
            HttpServletResponse response) throws IOException {
        return answer(e, request, response, HttpStatus.BAD_REQUEST, e.getRequestPartName(),
                messages.get("error.request.part", e.getRequestPartName()));
    }

    @ExceptionHandler(MethodArgumentTypeMismatchException.class)
    ModelAndView mistyped(MethodArgumentTypeMismatchException e, HttpServletRequest request,
            HttpServletResponse response) throws IOException {
        return answer(e, request, response, HttpStatus.BAD_REQUEST, e.getName(),
                wrongValues.describe(e.getName(), e.getRequiredType(), e.getValue()));
    }

    @ExceptionHandler(BindException.class)
    ModelAndView invalid(BindException e, HttpServletRequest request, HttpServletResponse response)
            throws IOException {
        FieldError error = e.getFieldError();
        if (error == null) {
            return answer(e, request, response, HttpStatus.BAD_REQUEST, null, messages.get("error.invalid"));
        }
        return answer(e, request, response, HttpStatus.BAD_REQUEST, error.getField(),
                wrongValues.describe(error));
    }

    @ExceptionHandler(MaxUploadSizeExceededException.class)
    ModelAndView tooLarge(MaxUploadSizeExceededException e, HttpServletRequest request,
            HttpServletResponse response) throws IOException {
        return answer(e, request, response, HttpStatus.PAYLOAD_TOO_LARGE, null,
                messages.get("file.requestTooLarge", messages.get("file.upload.field"), files.maxSize().toMegabytes()));
    }

    @ExceptionHandler(MultipartException.class)
    ModelAndView brokenUpload(MultipartException e, HttpServletRequest request, HttpServletResponse response)
            throws IOException {
        return answer(e, request, response, HttpStatus.BAD_REQUEST, null, messages.get("file.multipartBroken"));
    }

    @ExceptionHandler(HttpMessageNotReadableException.class)
    ModelAndView unreadable(HttpMessageNotReadableException e, HttpServletRequest request,
            HttpServletResponse response) throws IOException {
        return answer(e, request, response, HttpStatus.BAD_REQUEST, null, messages.get("error.body.unreadable"));
    }

    @ExceptionHandler({NoResourceFoundException.class, NoHandlerFoundException.class})
    ModelAndView notFound(Exception e, HttpServletRequest request, HttpServletResponse response) throws IOException {
        return answer(e, request, response, HttpStatus.NOT_FOUND, null,
                messages.get(Refusals.isApi(request) ? "error.request.notFound" : "error.page.404"));
    }

    /** Writes the answer itself (null tells Spring MVC the response is complete), with the headers Spring set. */
    private ModelAndView answer(Exception e, HttpServletRequest request, HttpServletResponse response,
            HttpStatus status, String field, String detail) throws IOException {
        if (e instanceof ErrorResponse spring) {
            spring.getHeaders().forEach((name, values) -> values.forEach(value -> response.addHeader(name, value)));
        }
        refusals.write(request, response, refusals.problem(status, field, detail));
        return null;
    }
}
