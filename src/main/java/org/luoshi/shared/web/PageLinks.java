package org.luoshi.shared.web;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;
import org.springframework.web.util.UriComponentsBuilder;

/** Links for the pager: the current request with only the page changed, so filters survive paging. */
@Component("pageLinks")
public class PageLinks {

    public String to(int page) {
        HttpServletRequest request = ((ServletRequestAttributes) RequestContextHolder.currentRequestAttributes())
                .getRequest();
        return base(request).replaceQueryParam("page", page).build().toUriString();
    }

    /**
     * A page that answered a POST (a form shown again with its errors) pages from the address the form was sent
     * from: the POST's own address answers no GET.
     */
    private static UriComponentsBuilder base(HttpServletRequest request) {
        if ("GET".equals(request.getMethod())) {
            return ServletUriComponentsBuilder.fromCurrentRequest();
        }
        return LocalPath.of(request.getHeader("Referer"), request.getContextPath())
                .map(path -> UriComponentsBuilder.fromUriString(request.getContextPath() + path))
                .orElseGet(ServletUriComponentsBuilder::fromCurrentRequest);
    }
}
