export const id = 186;
export const ids = [186];
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


/***/ })

};

//# sourceMappingURL=186.index.js.map