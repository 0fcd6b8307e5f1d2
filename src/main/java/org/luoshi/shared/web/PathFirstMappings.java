package org.luoshi.shared.web;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.boot.webmvc.autoconfigure.WebMvcRegistrations;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.mvc.condition.PathPatternsRequestCondition;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/**
 * Finds a request's controller method by its path before anything else.
 *
 * <p>A path with a variable (/api/v1/plans/assignments/{id}/...) has no direct lookup, so Spring MVC tries every
 * one of the app's 200-odd mappings, and checks method, headers, consumes and produces before the path. Each of
 * those reads the request through the security filters' wrappers (ten deep), which cost 40 % of the CPU of a
 * progress submission (docs/benchmarks.md §7). The path check is cheap and rules out all but a few mappings;
 * a mapping whose path does not match could never match, so the result is the same.
 */
@Configuration(proxyBeanMethods = false)
class PathFirstMappings implements WebMvcRegistrations {

    @Override
    public RequestMappingHandlerMapping getRequestMappingHandlerMapping() {
        return new RequestMappingHandlerMapping() {
            @Override
            protected RequestMappingInfo getMatchingMapping(RequestMappingInfo info, HttpServletRequest request) {
                PathPatternsRequestCondition paths = info.getPathPatternsCondition();
                if (paths != null && paths.getMatchingCondition(request) == null) {
                    return null;
                }
                return super.getMatchingMapping(info, request);
            }
        };
    }
}
