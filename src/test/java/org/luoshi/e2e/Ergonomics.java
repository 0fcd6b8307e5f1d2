package org.luoshi.e2e;

import com.microsoft.playwright.Page;
import java.util.List;

/** Measurements of what a user sees and touches, read from the browser's computed layout. */
final class Ergonomics {

    /** Every visible control in the top bar, the menu and the page body; links inside running text are exempt. */
    private static final String CONTROLS = ".topbar a, .topbar button, .topbar input, .topbar select, "
            + ".sidenav a, .sidenav summary, main a, main button, main input, main select, main textarea, main summary";

    private Ergonomics() {
    }

    static double bodyFontSize(Page page) {
        settled(page);
        return ((Number) page.evaluate("() => parseFloat(getComputedStyle(document.body).fontSize)")).doubleValue();
    }

    static double bodyLineHeight(Page page) {
        settled(page);
        return ((Number) page.evaluate("() => parseFloat(getComputedStyle(document.body).lineHeight)")).doubleValue();
    }

    /**
     * The controls lower than {@code minHeight} CSS pixels, described as tag, text and height. A checkbox or radio
     * button is as tall as its label, which is the target one taps (WCAG 2.5.8 counts it).
     */
    @SuppressWarnings("unchecked")
    static List<String> controlsLowerThan(Page page, int minHeight) {
        settled(page);
        return (List<String>) page.evaluate("""
                ([selector, min]) => [...document.querySelectorAll(selector)]
                  .filter(e => e.type !== 'hidden' && !e.closest('p'))
                  .filter(e => {
                    const r = e.getBoundingClientRect(), s = getComputedStyle(e);
                    return r.width > 0 && r.height > 0 && s.visibility !== 'hidden';
                  })
                  .filter(e => Math.max(e.getBoundingClientRect().height, ...[...(e.labels || [])]
                    .map(l => l.getBoundingClientRect().height)) < min - 0.5)
                  .map(e => e.tagName.toLowerCase() + ' "' + (e.innerText || e.name || e.id || '').replace(/\s+/g, ' ').trim() + '" '
                       + e.getBoundingClientRect().height.toFixed(1) + 'px')
                """, List.of(CONTROLS, minHeight));
    }

    /** How wide the document is laid out; more than the viewport means the user must scroll sideways. */
    static int scrollWidth(Page page) {
        settled(page);
        return ((Number) page.evaluate("() => document.documentElement.scrollWidth")).intValue();
    }

    /**
     * The innermost elements that stick out past {@code width} (those inside a scrolling box such as .table-wrap
     * do not count), described as tag, class, width and text, to say why a page scrolls sideways.
     */
    @SuppressWarnings("unchecked")
    static List<String> stickingOut(Page page, int width) {
        settled(page);
        return (List<String>) page.evaluate("""
                width => {
                  const edge = width + 0.5;
                  // an absolutely positioned box is clipped only by its containing block and what holds that
                  const clipped = e => { const abs = getComputedStyle(e).position === 'absolute';
                    for (let p = abs ? e.offsetParent : e.parentElement; p; p = p.parentElement) {
                    if (['auto', 'scroll', 'hidden'].includes(getComputedStyle(p).overflowX)) return true; } return false; };
                  return [...document.body.querySelectorAll('*')]
                    .filter(e => e.getBoundingClientRect().right > edge && !clipped(e))
                    .filter(e => ![...e.children].some(c => c.getBoundingClientRect().right > edge))
                    .slice(0, 5)
                    .map(e => e.tagName.toLowerCase() + '.' + [...e.classList].join('.') + ' '
                         + e.getBoundingClientRect().width.toFixed(0) + 'px "' + (e.innerText || '').slice(0, 30) + '"');
                }
                """, width);
    }

    /**
     * On a phone every table of the page is shown as cards: each body row a box of its own, its heading cells hidden,
     * and each cell labelled with its column's heading. Returns what is not, described by table and row.
     */
    @SuppressWarnings("unchecked")
    static List<String> tablesNotShownAsCards(Page page) {
        settled(page);
        return (List<String>) page.evaluate("""
                () => [...document.querySelectorAll('main table')].filter(t => !t.parentElement.closest('table'))
                  .flatMap((table, n) => {
                    const own = e => [...e.childNodes].filter(c => c.nodeType === 3).map(c => c.textContent).join('').trim();
                    const heads = [...table.querySelectorAll(':scope > thead > tr:first-child > *')].map(own);
                    const problems = [];
                    const head = table.querySelector(':scope > thead');
                    if (head && head.getBoundingClientRect().height > 1) problems.push('table ' + n + ': the heading row is shown');
                    [...table.querySelectorAll(':scope > tbody > tr')].forEach((row, r) => {
                      if (getComputedStyle(row).display !== 'flex') problems.push('table ' + n + ' row ' + r + ' is not a card');
                      [...row.children].forEach((cell, c) => {
                        const wanted = cell.hasAttribute('colspan') || cell.matches('th[scope=row]') ? '' : (heads[c] || '');
                        const shown = getComputedStyle(cell, '::before').content.replace(/^"|"$/g, '');
                        if (wanted && shown !== wanted) problems.push('table ' + n + ' row ' + r + ' cell ' + c
                            + ' shows "' + shown + '" instead of "' + wanted + '"');
                      });
                    });
                    return problems;
                  }).slice(0, 10)
                """);
    }

    /** The smallest text in the page's charts, in CSS pixels; 0 when there is no chart. */
    static double smallestChartText(Page page) {
        settled(page);
        return ((Number) page.evaluate("""
                () => Math.min(...[...document.querySelectorAll('.chart svg text')]
                  .filter(t => t.textContent.trim()).map(t => parseFloat(getComputedStyle(t).fontSize))) || 0
                """)).doubleValue();
    }

    /** The texts of each chart of the page (axis labels, legend), in the order drawn. */
    @SuppressWarnings("unchecked")
    static List<List<String>> chartTexts(Page page) {
        settled(page);
        return (List<List<String>>) page.evaluate("""
                () => [...document.querySelectorAll('.chart')].map(chart => [...chart.querySelectorAll('svg text')]
                  .map(t => t.textContent.trim()).filter(t => t))
                """);
    }

    static boolean elder(Page page) {
        settled(page);
        return (Boolean) page.evaluate("() => document.documentElement.classList.contains('elder')");
    }

    /** Styles apply once the stylesheet has loaded; before that every size is the browser's default. */
    private static void settled(Page page) {
        page.waitForLoadState();
    }
}
