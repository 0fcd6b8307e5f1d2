package org.luoshi.shared.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.springframework.stereotype.Component;
import org.thymeleaf.context.ITemplateContext;
import org.thymeleaf.dialect.AbstractProcessorDialect;
import org.thymeleaf.model.ICloseElementTag;
import org.thymeleaf.model.IElementTag;
import org.thymeleaf.model.IModel;
import org.thymeleaf.model.IModelFactory;
import org.thymeleaf.model.IOpenElementTag;
import org.thymeleaf.model.IProcessableElementTag;
import org.thymeleaf.model.ITemplateEvent;
import org.thymeleaf.model.IText;
import org.thymeleaf.processor.IProcessor;
import org.thymeleaf.processor.element.AbstractElementModelProcessor;
import org.thymeleaf.processor.element.IElementModelStructureHandler;
import org.thymeleaf.standard.expression.StandardExpressions;
import org.thymeleaf.templatemode.TemplateMode;
import org.unbescape.html.HtmlEscape;

/**
 * On a phone every table is shown as cards, one row per card, each cell with its column's heading beside it
 * (docs/design-system.md). The heading must be on the cell for the stylesheet to show it, so this writes it there:
 * each body cell of every {@code <table>} gets {@code data-label} from the header cell in its position in the
 * {@code <thead>}. Templates keep writing plain tables and no template can forget it.
 *
 * <p>A header cell with no text of its own (an action column whose heading is for screen readers only) labels
 * nothing, and neither does a cell spanning columns (a "no records" row). A header built by {@code th:each}
 * (columns not known until run time) leaves the table as it is.
 */
@Component
public class TableCardsDialect extends AbstractProcessorDialect {

    public TableCardsDialect() {
        super("Table cards", "luoshi", 1000);
    }

    @Override
    public Set<IProcessor> getProcessors(String dialectPrefix) {
        return Set.of(new CellLabels(dialectPrefix));
    }

    /** Runs once per table per page, on the table's events before they are rendered (rows not yet repeated). */
    static final class CellLabels extends AbstractElementModelProcessor {

        private static final String LABEL = "data-label";

        CellLabels(String dialectPrefix) {
            // after the standard attributes of the table itself (th:if, th:with: precedence below 1500)
            super(TemplateMode.HTML, dialectPrefix, "table", false, null, false, 1500);
        }

        @Override
        protected void doProcess(ITemplateContext context, IModel table, IElementModelStructureHandler handler) {
            List<String> labels = headings(context, table);
            if (labels.isEmpty()) {
                return;
            }
            IModelFactory factory = context.getModelFactory();
            Walk walk = new Walk();
            int column = 0;
            for (int i = 0; i < table.size(); i++) {
                ITemplateEvent event = table.get(i);
                walk.step(event);
                if (walk.isRowStart(event)) {
                    column = 0;
                } else if (walk.isBodyCell(event) && event instanceof IProcessableElementTag cell) {
                    String label = column < labels.size() ? labels.get(column) : null;
                    column++;
                    if (label != null && !spans(cell) && !cell.hasAttribute(LABEL)) {
                        table.replace(i, factory.setAttribute(cell, LABEL, HtmlEscape.escapeHtml4Xml(label)));
                    }
                }
            }
        }

        /** The text of each cell in the first header row, evaluated once; null where a cell has no text. */
        private static List<String> headings(ITemplateContext context, IModel table) {
            List<String> labels = new ArrayList<>();
            Walk walk = new Walk();
            IProcessableElementTag cell = null;
            StringBuilder text = new StringBuilder();
            for (int i = 0; i < table.size(); i++) {
                ITemplateEvent event = table.get(i);
                walk.step(event);
                if (walk.headerDone) {
                    break;
                }
                if (walk.isHeadCell(event) && event instanceof IProcessableElementTag open) {
                    if (open.hasAttribute("th:each")) {
                        return List.of();
                    }
                    cell = open;
                    text.setLength(0);
                } else if (cell != null && walk.isCellEnd(event)) {
                    labels.add(heading(context, cell, text.toString().strip()));
                    cell = null;
                } else if (cell != null && walk.depthInCell == 1 && event instanceof IText own) {
                    text.append(own.getText());
                }
            }
            return labels;
        }

        private static String heading(ITemplateContext context, IProcessableElementTag cell, String ownText) {
            String expression = cell.getAttributeValue("th:text");
            if (expression != null) {
                Object value = StandardExpressions.getExpressionParser(context.getConfiguration())
                        .parseExpression(context, expression).execute(context);
                return value == null || value.toString().isBlank() ? null : value.toString();
            }
            return ownText.isEmpty() ? null : ownText;
        }

        private static boolean spans(IProcessableElementTag cell) {
            return cell.hasAttribute("colspan") || cell.hasAttribute("th:colspan");
        }
    }

    /**
     * Where an event is within the table: in the header or the body, in which row and cell, ignoring tables
     * nested inside a cell (they are labelled when they are processed themselves).
     */
    private static final class Walk {

        private int tables;
        private boolean inHead;
        private boolean inRow;
        private boolean inCell;
        private int depthInCell;
        private boolean headerDone;

        void step(ITemplateEvent event) {
            if (!(event instanceof IElementTag tag)) {
                return;
            }
            String name = tag.getElementCompleteName().toLowerCase();
            boolean open = event instanceof IOpenElementTag;
            boolean close = event instanceof ICloseElementTag;
            if (name.equals("table")) {
                tables += open ? 1 : close ? -1 : 0;
            }
            if (tables != 1 || !(open || close)) {
                return;
            }
            if (inCell) {
                depthInCell += open ? 1 : -1;
                if (depthInCell == 0) {
                    inCell = false;
                }
                return;
            }
            switch (name) {
                case "thead" -> inHead = open;
                case "tr" -> {
                    inRow = open;
                    if (close && inHead) {
                        headerDone = true;
                    }
                }
                case "td", "th" -> {
                    if (open && inRow) {
                        inCell = true;
                        depthInCell = 1;
                    }
                }
                default -> { }
            }
        }

        boolean isRowStart(ITemplateEvent event) {
            return tables == 1 && event instanceof IOpenElementTag tag && is(tag, "tr");
        }

        boolean isHeadCell(ITemplateEvent event) {
            return inHead && !headerDone && isCellStart(event);
        }

        boolean isBodyCell(ITemplateEvent event) {
            return !inHead && isCellStart(event);
        }

        boolean isCellEnd(ITemplateEvent event) {
            return tables == 1 && !inCell && event instanceof ICloseElementTag tag && (is(tag, "td") || is(tag, "th"));
        }

        private boolean isCellStart(ITemplateEvent event) {
            return tables == 1 && inCell && depthInCell == 1 && event instanceof IOpenElementTag tag
                    && (is(tag, "td") || is(tag, "th"));
        }

        private static boolean is(IElementTag tag, String name) {
            return tag.getElementCompleteName().equalsIgnoreCase(name);
        }
    }
}
