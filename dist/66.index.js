export const id = 66;
export const ids = [66];
export const modules = {

/***/ 70066:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   renderPdf: () => (/* binding */ renderPdf)
/* harmony export */ });
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(73024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_url__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(73136);
/* harmony import */ var node_url__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_url__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var pdfkit__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(18201);
/* harmony import */ var _blocks_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(79788);
/* harmony import */ var _escape_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(57789);
/** Markdown -> PDF with pdfkit (pure JS), DejaVu Sans embedded so any Latin/Greek/Cyrillic name renders. */





/*
 * Font files are located with `new URL(<literal relative path>, import.meta.url)`: Node resolves it
 * from src/render/ in development and tests; ncc's asset relocator recognises the pattern, copies
 * each TTF next to dist/index.js and replaces the expression with a plain absolute path string
 * (a path joined from the bundle's directory), not a URL, so both shapes are accepted below.
 * The document is constructed with `font:` set to our TTF so pdfkit never loads its built-in
 * Helvetica metrics (which it would require() from its own package at construction).
 */
const REGULAR_FILE = __webpack_require__.ab + "DejaVuSans.ttf";
const BOLD_FILE = __webpack_require__.ab + "DejaVuSans-Bold.ttf";
function filePath(file) {
    return typeof file === 'string' ? file : (0,node_url__WEBPACK_IMPORTED_MODULE_1__.fileURLToPath)(file);
}
let fonts;
function loadFonts() {
    if (!fonts) {
        const regularPath = filePath(REGULAR_FILE);
        fonts = { regularPath, regular: (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.readFileSync)(regularPath), bold: (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.readFileSync)(filePath(BOLD_FILE)) };
    }
    return fonts;
}
const RESUME = {
    margin: 50,
    size: 10,
    lineGap: 1.5,
    paragraphGap: 4,
    nameSize: 22,
    headingSize: 11.5,
    subheadingSize: 10.5,
    itemGap: 1.5,
};
const LETTER = {
    margin: 72,
    size: 11,
    lineGap: 3,
    paragraphGap: 10,
    nameSize: 16,
    headingSize: 12,
    subheadingSize: 11,
    itemGap: 3,
};
const TEXT = '#1f2328';
const MUTED = '#4b5563';
const LINK = '#0b57d0';
const RULE = '#8c959f';
const BULLET_INDENT = 12;
// DejaVu Sans has no emoji; drop them (and their joiners/selectors) instead of printing empty boxes.
const NO_GLYPH = /[\u{1F000}-\u{1FAFF}\u{E0000}-\u{E007F}\uFE0E\uFE0F\u200D]/gu;
function pdfText(s) {
    return (0,_escape_js__WEBPACK_IMPORTED_MODULE_4__/* .stripControlChars */ .BF)(s).replace(NO_GLYPH, '');
}
function writeRuns(doc, runs, style) {
    const parts = runs.map((r) => ({ ...r, text: pdfText(r.text) })).filter((r) => r.text);
    if (!parts.length)
        return;
    parts.forEach((run, i) => {
        const last = i === parts.length - 1;
        doc
            .font(run.bold || style.bold ? 'bold' : 'regular')
            .fontSize(style.size)
            .fillColor(run.link ? LINK : run.code ? MUTED : style.color);
        const options = {
            width: style.width,
            lineGap: style.lineGap,
            // Gaps are added once after the block: pdfkit would add paragraphGap at every line break.
            paragraphGap: 0,
            continued: !last,
            link: run.link ?? null,
        };
        if (i === 0)
            doc.text(run.text, style.x, doc.y, options);
        else
            doc.text(run.text, options);
    });
    doc.y += style.paragraphGap;
    doc.fillColor(TEXT);
}
function bottom(doc) {
    return doc.page.height - doc.page.margins.bottom;
}
/** Starts a new page when less than `needed` points are left, so a heading is not orphaned. */
function keepRoom(doc, needed) {
    if (doc.y + needed > bottom(doc))
        doc.addPage();
}
function rule(doc, layout, gapAfter) {
    const y = doc.y;
    doc
        .moveTo(layout.margin, y)
        .lineTo(doc.page.width - layout.margin, y)
        .lineWidth(0.6)
        .strokeColor(RULE)
        .stroke();
    doc.y = y + gapAfter;
}
function writeBlocks(doc, blocks, input, layout) {
    const left = layout.margin;
    const width = doc.page.width - 2 * layout.margin;
    const base = {
        x: left,
        width,
        size: layout.size,
        color: TEXT,
        lineGap: layout.lineGap,
        paragraphGap: layout.paragraphGap,
    };
    let sawName = false;
    let inHeaderBlock = false;
    const writeName = (runs) => {
        writeRuns(doc, runs, { ...base, size: layout.nameSize, bold: true, paragraphGap: 2, lineGap: 0 });
        sawName = true;
        inHeaderBlock = true;
    };
    // A name header on top unless the document opens with a title or with the name itself.
    const first = blocks[0];
    const author = pdfText(input.author).trim();
    const opensWithName = first?.type === 'paragraph' && author && (0,_blocks_js__WEBPACK_IMPORTED_MODULE_3__/* .runsText */ .W2)(first.runs).includes(author);
    if (!(first?.type === 'heading' && first.depth === 1) && !opensWithName) {
        if (author) {
            writeName([{ text: author, bold: true, italic: false, code: false }]);
            if (input.kind === 'letter')
                rule(doc, layout, layout.paragraphGap);
            inHeaderBlock = input.kind === 'resume';
        }
    }
    let previous;
    for (const block of blocks) {
        // A list ends with the same space a paragraph would leave.
        if (previous === 'item' && block.type !== 'item')
            doc.y += layout.paragraphGap - layout.itemGap;
        previous = block.type;
        switch (block.type) {
            case 'heading': {
                inHeaderBlock = false;
                if (block.depth === 1 && !sawName) {
                    writeName(block.runs);
                    if (input.kind === 'letter') {
                        rule(doc, layout, layout.paragraphGap);
                        inHeaderBlock = false;
                    }
                }
                else if (block.depth <= 2) {
                    doc.moveDown(0.6);
                    keepRoom(doc, layout.headingSize * 4);
                    const runs = input.kind === 'resume'
                        ? block.runs.map((r) => ({ ...r, text: r.text.toUpperCase() }))
                        : block.runs;
                    writeRuns(doc, runs, {
                        ...base,
                        size: layout.headingSize,
                        bold: true,
                        paragraphGap: 2,
                        lineGap: 0,
                    });
                    if (input.kind === 'resume')
                        rule(doc, layout, 5);
                    else
                        doc.moveDown(0.2);
                }
                else {
                    doc.moveDown(0.3);
                    keepRoom(doc, layout.subheadingSize * 3);
                    const size = block.depth === 3 ? layout.subheadingSize : layout.size;
                    writeRuns(doc, block.runs, { ...base, size, bold: true, paragraphGap: 1 });
                }
                break;
            }
            case 'paragraph': {
                if (inHeaderBlock) {
                    // Contact lines right under the name: smaller and muted.
                    writeRuns(doc, block.runs, { ...base, size: layout.size - 0.5, color: MUTED, paragraphGap: 1 });
                    break;
                }
                const indent = block.quote ? BULLET_INDENT : 0;
                writeRuns(doc, block.runs, {
                    ...base,
                    x: left + indent,
                    width: width - indent,
                    color: block.quote ? MUTED : TEXT,
                });
                break;
            }
            case 'item': {
                inHeaderBlock = false;
                const indent = BULLET_INDENT * (block.level + 1);
                const markerWidth = block.marker.length > 1 ? 6 * block.marker.length : 0;
                const x = left + indent + markerWidth;
                keepRoom(doc, layout.size * 1.5);
                if (block.marker) {
                    const y = doc.y;
                    doc.font('regular').fontSize(layout.size).fillColor(TEXT);
                    doc.text(block.marker, left + indent - 9, y, { width: markerWidth + 9, lineBreak: false });
                    doc.y = y;
                }
                writeRuns(doc, block.runs, { ...base, x, width: width - (x - left), paragraphGap: layout.itemGap });
                break;
            }
            case 'code':
                inHeaderBlock = false;
                writeRuns(doc, [{ text: block.text, bold: false, italic: false, code: true }], {
                    ...base,
                    x: left + BULLET_INDENT,
                    width: width - BULLET_INDENT,
                    color: MUTED,
                });
                break;
            case 'rule':
                inHeaderBlock = false;
                doc.moveDown(0.3);
                rule(doc, layout, layout.paragraphGap);
                break;
        }
    }
}
/** Renders one cover letter or resume as a PDF. */
function renderPdf(input) {
    const { regularPath, regular, bold } = loadFonts();
    const layout = input.kind === 'resume' ? RESUME : LETTER;
    const doc = new pdfkit__WEBPACK_IMPORTED_MODULE_2__/* ["default"] */ .Ay({
        size: 'LETTER',
        margin: layout.margin,
        font: regularPath,
        info: {
            Title: (0,_escape_js__WEBPACK_IMPORTED_MODULE_4__/* .stripControlChars */ .BF)(input.title),
            Author: (0,_escape_js__WEBPACK_IMPORTED_MODULE_4__/* .stripControlChars */ .BF)(input.author),
            Creator: 'job-matcher',
        },
        displayTitle: true,
        lang: 'en',
    });
    doc.registerFont('regular', regular);
    doc.registerFont('bold', bold);
    return new Promise((resolve, reject) => {
        const chunks = [];
        doc.on('data', (chunk) => chunks.push(chunk));
        doc.on('end', () => resolve(Buffer.concat(chunks)));
        doc.on('error', reject);
        try {
            doc.font('regular').fontSize(layout.size).fillColor(TEXT);
            writeBlocks(doc, (0,_blocks_js__WEBPACK_IMPORTED_MODULE_3__/* .toBlocks */ .ij)(input.markdown), input, layout);
        }
        catch (err) {
            reject(err);
        }
        doc.end();
    });
}


/***/ })

};

//# sourceMappingURL=66.index.js.map