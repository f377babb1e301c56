export const id = 625;
export const ids = [625];
export const modules = {

/***/ 2625:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   docxText: () => (/* binding */ docxText)
/* harmony export */ });
/* harmony import */ var htmlparser2__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(56664);
/* harmony import */ var _html_text_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(51156);
/**
 * The text of a Word (.docx) resume as Markdown-like lines, through mammoth (loaded on first use):
 * Word headings become # lines, list paragraphs "- " bullets, a paragraph all in bold a **line**,
 * table rows their cells joined with " | ".
 */


const BLOCKS = new Set(['p', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'li', 'tr']);
/** mammoth's HTML -> lines: one per paragraph, heading, list item or table row. */
function docxHtmlToLines(html) {
    const lines = [];
    let text = '';
    let block = '';
    let listDepth = 0;
    let boldOpen = 0;
    let boldChars = 0;
    let cells = null;
    const flush = () => {
        const t = text.replace(/[ \t\u00a0]+/g, ' ').trim();
        const allBold = t && boldChars >= t.replace(/\s/g, '').length;
        if (cells) {
            if (t && cells.length)
                cells[cells.length - 1] = `${cells[cells.length - 1]} ${t}`.trim();
        }
        else if (t) {
            if (/^h[1-6]$/.test(block))
                lines.push(`${'#'.repeat(Math.min(+block[1], 3))} ${t}`);
            else if (block === 'li')
                lines.push(`${'  '.repeat(Math.max(listDepth - 1, 0))}- ${t}`);
            else
                lines.push(allBold ? `**${t}**` : t);
        }
        text = '';
        boldChars = 0;
    };
    const parser = new htmlparser2__WEBPACK_IMPORTED_MODULE_0__/* .Parser */ .iX({
        onopentag(name) {
            if (name === 'ul' || name === 'ol')
                listDepth++;
            if (name === 'strong' || name === 'b')
                boldOpen++;
            if (name === 'br')
                text += '\n';
            if (name === 'tr')
                cells = [];
            if ((name === 'td' || name === 'th') && cells) {
                flush();
                cells.push('');
            }
            if (BLOCKS.has(name) && name !== 'tr') {
                flush();
                block = name;
            }
        },
        ontext(data) {
            const decoded = (0,_html_text_js__WEBPACK_IMPORTED_MODULE_1__/* .decodeEntities */ .S)(data);
            text += decoded;
            if (boldOpen)
                boldChars += decoded.replace(/\s/g, '').length;
        },
        onclosetag(name) {
            if (name === 'strong' || name === 'b')
                boldOpen--;
            if ((name === 'td' || name === 'th') && cells)
                flush();
            if (BLOCKS.has(name) && name !== 'tr') {
                flush();
                block = '';
                if (name !== 'li' && !cells)
                    lines.push('');
            }
            if (name === 'ul' || name === 'ol') {
                listDepth--;
                if (!listDepth)
                    lines.push('');
            }
            if (name === 'tr' && cells) {
                flush();
                const row = cells.filter(Boolean).join(' | ');
                cells = null;
                if (row)
                    lines.push(row);
            }
            if (name === 'table')
                lines.push('');
        },
    }, { decodeEntities: false });
    parser.write(html);
    parser.end();
    flush();
    return lines.flatMap((l) => l.split('\n')).map((l) => l.trimEnd());
}
/** The text of a DOCX resume. */
async function docxText(bytes) {
    const mammoth = (await __webpack_require__.e(/* import() */ 365).then(__webpack_require__.t.bind(__webpack_require__, 31365, 19))).default;
    const { value } = await mammoth.convertToHtml({ buffer: Buffer.from(bytes) });
    return docxHtmlToLines(value)
        .join('\n')
        .replace(/\n{3,}/g, '\n\n')
        .trim();
}


/***/ })

};
