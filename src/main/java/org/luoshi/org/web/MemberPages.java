package org.luoshi.org.web;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.luoshi.org.internal.member.FieldProblem;
import org.luoshi.org.internal.member.MemberRejected;
import org.luoshi.shared.error.BusinessException;
import org.luoshi.shared.error.Messages;
import org.luoshi.shared.excel.ExcelDownload;
import org.springframework.validation.BindingResult;

/** Small helpers the member pages and the API share. */
final class MemberPages {


    private MemberPages() {
    }

    /** Breadcrumb items: 工作台 / 会员 / then the given label and link pairs. */
    static List<List<String>> crumbs(Messages messages, String... more) {
        List<List<String>> items = new ArrayList<>();
        items.add(List.of(messages.get("menu.home"), "/"));
        items.add(List.of(messages.get("menu.members"), "/org/members"));
        for (int i = 0; i + 1 < more.length; i += 2) {
            items.add(List.of(more[i], more[i + 1]));
        }
        return items;
    }

    /** Puts each problem next to its field, resolved from the bundle like any validation message. */
    static void bind(MemberRejected rejected, BindingResult result) {
        for (FieldProblem problem : rejected.problems()) {
            result.rejectValue(problem.field(), problem.messageKey(), problem.args(), null);
        }
    }

    /**
     * A refusal that names a field (too many ID numbers registered elsewhere) goes beside that field, with its
     * status, so the form keeps what was typed; any other refusal is the error page's.
     */
    static void bind(BusinessException refused, BindingResult result, HttpServletResponse response) {
        if (refused.field() == null) {
            throw refused;
        }
        response.setStatus(refused.status().value());
        result.rejectValue(refused.field(), refused.messageKey(), refused.args(), null);
    }

    /** Sends a finished workbook, such as an import's error report, as a download. */
    static void send(HttpServletResponse response, String fileName, byte[] workbook) throws IOException {
        ExcelDownload.headers(response, fileName);
        response.setContentLength(workbook.length);
        response.getOutputStream().write(workbook);
    }
}
