export const id = 66;
export const ids = [66,186];
export const modules = {

/***/ 186:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   PdfFonts: () => (/* binding */ PdfFonts)
/* harmony export */ });
/* unused harmony exports FONT_FILES, loadFont */
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(73024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_url__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(73136);
/* harmony import */ var node_url__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_url__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var fontkit__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(21893);
/**
 * The fonts of the run's PDFs and which of them draws each character. DejaVu Sans (Latin, Greek,
 * Cyrillic and most symbols) first, then the user's `pdf_font`, then Noto Sans SC (Chinese and
 * Japanese kana, a 1.5 MB WOFF, loaded only when a document has such a character). Each font file is
 * parsed once per process (fontkit), and pdfkit subsets whatever a document uses, so a document in
 * plain English never carries the CJK font. Characters no font has, and emoji, are left out and
 * remembered, so the run can warn once.
 */



/*
 * Font files are located with `new URL(<literal relative path>, import.meta.url)`: Node resolves it
 * from src/render/ in development and tests; ncc's asset relocator recognises the pattern, copies
 * each file next to dist/index.js and replaces the expression with a plain absolute path string
 * (a path joined from the bundle's directory), not a URL, so both shapes are accepted below.
 */
const REGULAR_FILE = __webpack_require__.ab + "DejaVuSans.ttf";
const BOLD_FILE = __webpack_require__.ab + "DejaVuSans-Bold.ttf";
const CJK_FILE = __webpack_require__.ab + "noto-sans-sc-chinese-simplified-400-normal.woff";
function filePath(file) {
    return typeof file === 'string' ? file : (0,node_url__WEBPACK_IMPORTED_MODULE_1__.fileURLToPath)(file);
}
const parsed = new Map();
const FONT_FILES = 'a .ttf, .otf, .ttc or .woff font file (not .woff2)';
/** Reads and parses a font file once per process; throws a one-line error naming the file. */
function loadFont(file) {
    let font = parsed.get(file);
    if (!font) {
        let data;
        try {
            data = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.readFileSync)(file);
        }
        catch (err) {
            throw new Error(`font file ${file} cannot be read (${err.code ?? 'error'})`, {
                cause: err,
            });
        }
        let created;
        try {
            created = fontkit__WEBPACK_IMPORTED_MODULE_2__/* .create */ .vt(data);
        }
        catch {
            throw new Error(`font file ${file} is not a font (allowed: ${FONT_FILES})`);
        }
        // fontkit's subsets of WOFF2 fonts come out with empty glyphs (blank text in the PDF).
        if (created.type === 'WOFF2')
            throw new Error(`font file ${file} is WOFF2; allowed: ${FONT_FILES}`);
        // A collection (.ttc): its first font.
        font = 'fonts' in created ? created.fonts[0] : created;
        if (!font)
            throw new Error(`font file ${file} holds no font`);
        parsed.set(file, font);
    }
    return font;
}
// Emoji are dropped (color glyphs cannot be drawn; DejaVu's few black-and-white ones look out of
// place in a letter); their joiners, variation selectors, skin tones and keycap marks go silently.
const EMOJI = /\p{Extended_Pictographic}/u;
const SILENT = /[\uFE0E\uFE0F\u200D\u20E3]|[\u{1F3FB}-\u{1F3FF}]|[\u{E0000}-\u{E007F}]/u;
/** The run's font chain; records what it could not draw. */
class PdfFonts {
    fontFile;
    missingChars = new Set();
    droppedEmoji = new Set();
    constructor(opts = {}) {
        this.fontFile = opts.fontFile;
        // A bad pdf_font fails the run's first PDF, not every one: check it now.
        if (this.fontFile)
            loadFont(this.fontFile);
    }
    font(name) {
        switch (name) {
            case 'regular':
                return loadFont(filePath(REGULAR_FILE));
            case 'bold':
                return loadFont(filePath(BOLD_FILE));
            case 'user':
                return loadFont(this.fontFile);
            case 'cjk':
                return loadFont(filePath(CJK_FILE));
        }
    }
    fontFor(codePoint, bold) {
        const chain = [bold ? 'bold' : 'regular', 'regular'];
        if (this.fontFile)
            chain.push('user');
        chain.push('cjk');
        for (const name of chain)
            if (this.font(name).hasGlyphForCodePoint(codePoint))
                return name;
        return null;
    }
    /** Splits text into runs of one font each, leaving out (and recording) what no font can draw. */
    segments(text, bold) {
        const out = [];
        const base = bold ? 'bold' : 'regular';
        let current;
        for (const ch of text) {
            if (SILENT.test(ch))
                continue;
            const cp = ch.codePointAt(0);
            if (cp >= 0x1f000 && EMOJI.test(ch)) {
                this.droppedEmoji.add(ch);
                continue;
            }
            let text = ch;
            let font;
            if (/\s/.test(ch)) {
                // Spaces always in DejaVu, so word spacing is the same on every line.
                font = base;
                if (ch !== '\n' && !this.font(base).hasGlyphForCodePoint(cp))
                    text = ' ';
            }
            else
                font = this.fontFor(cp, bold);
            if (!font) {
                (EMOJI.test(ch) ? this.droppedEmoji : this.missingChars).add(ch);
                continue;
            }
            if (current && current.font === font)
                current.text += text;
            else
                out.push((current = { text, font }));
        }
        return out;
    }
    /** One warning for the whole run, or null when every character was drawn. */
    warning() {
        const missing = [...this.missingChars];
        const emoji = [...this.droppedEmoji];
        if (!missing.length && !emoji.length)
            return null;
        const show = (chars) => chars.slice(0, 20).join(' ') + (chars.length > 20 ? ` and ${chars.length - 20} more` : '');
        const parts = [];
        if (missing.length)
            parts.push(`no font can draw ${show(missing)}, so ${missing.length === 1 ? 'it was' : 'they were'} left out of the PDFs; ` +
                'give a font file that has them with the pdf_font input (a .ttf or .otf file in the repository, e.g. a Noto Sans font for the script)');
        if (emoji.length)
            parts.push(`emoji are not drawn in PDFs and were left out: ${show(emoji)}`);
        return `PDF: ${parts.join('; ')}.`;
    }
}


/***/ }),

/***/ 70066:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   renderPdf: () => (/* binding */ renderPdf),
/* harmony export */   renderPdfTo: () => (/* binding */ renderPdfTo)
/* harmony export */ });
/* harmony import */ var pdfkit__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3307);
/* harmony import */ var _blocks_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(79788);
/* harmony import */ var _text_untrusted_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(79209);
/* harmony import */ var _fonts_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(186);




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
const PAGE_NUMBER_SIZE = 8.5;
const registered = new WeakMap();
/** Selects a font by name, registering it with the document the first time (pdfkit then embeds a subset). */
function useFont(doc, fonts, name) {
    let names = registered.get(doc);
    if (!names)
        registered.set(doc, (names = new Set()));
    if (!names.has(name)) {
        // pdfkit takes a parsed fontkit font as a font source (it checks for `layout`).
        doc.registerFont(name, fonts.font(name));
        names.add(name);
    }
    doc.font(name);
    shareLayoutCache(doc, name);
    return doc;
}
const layoutCaches = new Map();
let documentsSinceCheck = 0;
/** Past this many words a font's cache starts over (a run's letters use a few thousand). */
const LAYOUT_CACHE_WORDS = 20_000;
/**
 * pdfkit lays out each word once per document and keeps it as long as the document; a run's letters
 * and resumes share most of their words, so all documents of the process share one cache per font.
 * In the bench (50 applications with PDFs) that makes PDF rendering 2.4x faster and leaves V8 less
 * garbage to promote. `_font.layoutCache` is pdfkit's own field (pdfkit 0.20).
 */
function shareLayoutCache(doc, name) {
    const font = doc._font;
    if (!font?.layoutCache)
        return;
    let shared = layoutCaches.get(name);
    if (font.layoutCache === shared)
        return;
    if (!shared || (++documentsSinceCheck % 50 === 0 && Object.keys(shared).length > LAYOUT_CACHE_WORDS))
        layoutCaches.set(name, (shared = Object.create(null)));
    font.layoutCache = shared;
}
/** Writes styled runs as one block, switching fonts where a character needs another one. */
function writeRuns(doc, fonts, runs, style) {
    const pieces = runs.flatMap((run) => fonts.segments(run.text, run.bold || Boolean(style.bold)).map((segment) => ({ run, segment })));
    if (!pieces.length)
        return;
    pieces.forEach(({ run, segment }, i) => {
        useFont(doc, fonts, segment.font)
            .fontSize(style.size)
            .fillColor(run.link ? LINK : run.code ? MUTED : style.color);
        const options = {
            width: style.width,
            lineGap: style.lineGap,
            // Gaps are added once after the block: pdfkit would add paragraphGap at every line break.
            paragraphGap: 0,
            continued: i < pieces.length - 1,
            link: run.link ?? null,
        };
        if (i === 0)
            doc.text(segment.text, style.x, doc.y, options);
        else
            doc.text(segment.text, options);
    });
    doc.y += style.paragraphGap;
    doc.fillColor(TEXT);
}
function bottom(doc) {
    return doc.page.height - doc.page.margins.bottom;
}
/** Starts a new page when less than `needed` points are left (and the page is not already empty). */
function keepRoom(doc, needed) {
    if (doc.y + needed > bottom(doc) && doc.y > doc.page.margins.top + 1)
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
/** The size and weight a block is set in. */
function blockStyle(block, layout) {
    if (block.type !== 'heading')
        return { size: layout.size, bold: false };
    if (block.depth <= 2)
        return { size: layout.headingSize, bold: true };
    return { size: block.depth === 3 ? layout.subheadingSize : layout.size, bold: true };
}
/**
 * The room a heading needs to stay with what follows it: the heading, any headings and short
 * lines (a job's dates) right after it, and the first two lines of the first real content.
 */
function keepWithNextHeight(doc, fonts, blocks, i, layout, width) {
    const measure = (block) => {
        if (block.type === 'rule')
            return 8;
        const { size, bold } = blockStyle(block, layout);
        const text = block.type === 'code' ? block.text : (0,_blocks_js__WEBPACK_IMPORTED_MODULE_1__/* .runsText */ .W2)(block.runs);
        useFont(doc, fonts, bold ? 'bold' : 'regular').fontSize(size);
        return doc.heightOfString(text || ' ', { width, lineGap: layout.lineGap }) + size * 0.6;
    };
    const line = (block) => {
        const { size } = blockStyle(block, layout);
        return size + layout.lineGap;
    };
    let needed = measure(blocks[i]);
    let j = i + 1;
    while (j < blocks.length) {
        const b = blocks[j];
        const short = b.type === 'paragraph' && measure(b) <= line(b) * 1.6;
        if (b.type === 'heading' || short) {
            needed += measure(b);
            j++;
            continue;
        }
        needed += Math.min(measure(b), 2 * line(b) + layout.paragraphGap);
        break;
    }
    return needed;
}
function writeBlocks(doc, fonts, blocks, input, layout) {
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
    /** The paragraph right after the name is its contact line. */
    let afterName = false;
    let sawName = false;
    let previous;
    blocks.forEach((block, i) => {
        // A list ends with the same space a paragraph would leave.
        if (previous === 'item' && block.type !== 'item')
            doc.y += layout.paragraphGap - layout.itemGap;
        previous = block.type;
        const wasAfterName = afterName;
        afterName = false;
        switch (block.type) {
            case 'heading': {
                if (block.depth === 1 && !sawName) {
                    sawName = true;
                    afterName = true;
                    writeRuns(doc, fonts, block.runs, {
                        ...base,
                        size: layout.nameSize,
                        bold: true,
                        paragraphGap: 2,
                        lineGap: 0,
                    });
                    break;
                }
                const keep = keepWithNextHeight(doc, fonts, blocks, i, layout, width);
                if (block.depth <= 2) {
                    doc.moveDown(0.6);
                    keepRoom(doc, keep);
                    const runs = input.kind === 'resume'
                        ? block.runs.map((r) => ({ ...r, text: r.text.toUpperCase() }))
                        : block.runs;
                    writeRuns(doc, fonts, runs, {
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
                    keepRoom(doc, keep);
                    const size = block.depth === 3 ? layout.subheadingSize : layout.size;
                    writeRuns(doc, fonts, block.runs, { ...base, size, bold: true, paragraphGap: 1 });
                }
                break;
            }
            case 'paragraph': {
                if (wasAfterName) {
                    // The contact line under the name: smaller and muted; a letter's header ends in a rule.
                    writeRuns(doc, fonts, block.runs, {
                        ...base,
                        size: layout.size - 1,
                        color: MUTED,
                        paragraphGap: input.kind === 'letter' ? 6 : 1,
                    });
                    if (input.kind === 'letter')
                        rule(doc, layout, layout.paragraphGap + 4);
                    break;
                }
                const indent = block.quote ? BULLET_INDENT : 0;
                writeRuns(doc, fonts, block.runs, {
                    ...base,
                    x: left + indent,
                    width: width - indent,
                    color: block.quote ? MUTED : TEXT,
                });
                break;
            }
            case 'item': {
                const indent = BULLET_INDENT * (block.level + 1);
                const markerWidth = block.marker.length > 1 ? 6 * block.marker.length : 0;
                const x = left + indent + markerWidth;
                keepRoom(doc, layout.size * 1.5);
                if (block.marker) {
                    const y = doc.y;
                    useFont(doc, fonts, 'regular').fontSize(layout.size).fillColor(TEXT);
                    doc.text(block.marker, left + indent - 9, y, { width: markerWidth + 9, lineBreak: false });
                    doc.y = y;
                }
                writeRuns(doc, fonts, block.runs, {
                    ...base,
                    x,
                    width: width - (x - left),
                    paragraphGap: layout.itemGap,
                });
                break;
            }
            case 'code':
                writeRuns(doc, fonts, [{ text: block.text, bold: false, italic: false, code: true }], {
                    ...base,
                    x: left + BULLET_INDENT,
                    width: width - BULLET_INDENT,
                    color: MUTED,
                });
                break;
            case 'rule':
                doc.moveDown(0.3);
                rule(doc, layout, layout.paragraphGap);
                break;
        }
    });
}
/** "2 / 3" at the foot of every page from the second on. */
function numberPages(doc, fonts, layout) {
    const { start, count } = doc.bufferedPageRange();
    if (count < 2)
        return;
    for (let i = start + 1; i < start + count; i++) {
        doc.switchToPage(i);
        // Text below the bottom margin would otherwise start a new page.
        const margin = doc.page.margins.bottom;
        doc.page.margins.bottom = 0;
        useFont(doc, fonts, 'regular')
            .fontSize(PAGE_NUMBER_SIZE)
            .fillColor(MUTED)
            .text(`${i - start + 1} / ${count}`, layout.margin, doc.page.height - margin / 2 - PAGE_NUMBER_SIZE / 2, {
            width: doc.page.width - 2 * layout.margin,
            align: 'center',
            lineBreak: false,
        });
        doc.page.margins.bottom = margin;
    }
}
/** Renders one cover letter or resume as a PDF into `out`; resolves when `out` has it all. */
function renderPdfTo(input, out, fonts) {
    const layout = input.kind === 'resume' ? RESUME : LETTER;
    const doc = new pdfkit__WEBPACK_IMPORTED_MODULE_0__/* ["default"] */ .Ay({
        size: 'LETTER',
        margin: layout.margin,
        // Our parsed font, so pdfkit neither loads its built-in Helvetica nor parses a file per document.
        font: fonts.font('regular'),
        bufferPages: true,
        info: {
            Title: (0,_text_untrusted_js__WEBPACK_IMPORTED_MODULE_3__/* .stripControlChars */ .BF)(input.title),
            Author: (0,_text_untrusted_js__WEBPACK_IMPORTED_MODULE_3__/* .stripControlChars */ .BF)(input.author),
            Creator: 'job-matcher',
            ...(input.date ? { CreationDate: input.date } : {}),
        },
        displayTitle: true,
        lang: 'en',
    });
    return new Promise((resolve, reject) => {
        out.on('finish', () => resolve());
        out.on('error', reject);
        doc.on('error', reject);
        doc.pipe(out);
        try {
            useFont(doc, fonts, 'regular').fontSize(layout.size).fillColor(TEXT);
            writeBlocks(doc, fonts, (0,_blocks_js__WEBPACK_IMPORTED_MODULE_1__/* .toBlocks */ .ij)(input.markdown), input, layout);
            numberPages(doc, fonts, layout);
        }
        catch (err) {
            reject(err);
        }
        doc.end();
    });
}
let defaultFonts;
/** Renders one document to a Buffer (tests, callers without a run); fonts default to the built-in chain. */
async function renderPdf(input, fonts) {
    const { PassThrough } = await Promise.resolve(/* import() */).then(__webpack_require__.t.bind(__webpack_require__, 57075, 23));
    const sink = new PassThrough();
    const chunks = [];
    sink.on('data', (c) => chunks.push(c));
    await renderPdfTo(input, sink, fonts ?? (defaultFonts ??= new _fonts_js__WEBPACK_IMPORTED_MODULE_2__.PdfFonts()));
    return Buffer.concat(chunks);
}


/***/ })

};

//# sourceMappingURL=66.index.js.map