export const id = 860;
export const ids = [860];
export const modules = {

/***/ 14860:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   renderDocx: () => (/* binding */ renderDocx)
/* harmony export */ });
/* harmony import */ var docx__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(40669);
/* harmony import */ var _blocks_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(79788);
/* harmony import */ var _text_untrusted_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(79209);
/** Markdown -> DOCX (Word) with the `docx` package: headings, paragraphs, bullets, bold/italic, links. */



const FONT = 'Calibri';
const TEXT = '1F2328';
const LINK = '0B57D0';
const MUTED = '4B5563';
/** Half-points (docx unit for font size) and twentieths of a point (spacing). */
const BODY_SIZE = { resume: 20, letter: 22 };
const AFTER = { resume: 80, letter: 200 };
/** The thin grey line under resume section headings and for a Markdown rule. */
const RULE_BORDER = { bottom: { style: docx__WEBPACK_IMPORTED_MODULE_0__/* .BorderStyle */ .kDD.SINGLE, size: 6, color: '8C959F', space: 1 } };
const HEADINGS = [
    docx__WEBPACK_IMPORTED_MODULE_0__/* .HeadingLevel */ .Fmo.HEADING_1,
    docx__WEBPACK_IMPORTED_MODULE_0__/* .HeadingLevel */ .Fmo.HEADING_2,
    docx__WEBPACK_IMPORTED_MODULE_0__/* .HeadingLevel */ .Fmo.HEADING_3,
    docx__WEBPACK_IMPORTED_MODULE_0__/* .HeadingLevel */ .Fmo.HEADING_4,
    docx__WEBPACK_IMPORTED_MODULE_0__/* .HeadingLevel */ .Fmo.HEADING_5,
    docx__WEBPACK_IMPORTED_MODULE_0__/* .HeadingLevel */ .Fmo.HEADING_6,
];
// XML 1.0 forbids most control characters; a lone surrogate would also make Word refuse the file.
function xmlSafe(s) {
    return (0,_text_untrusted_js__WEBPACK_IMPORTED_MODULE_2__/* .stripControlChars */ .BF)(s).replace(/[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g, '');
}
function textRuns(run, color) {
    // A line break inside a run becomes a Word line break.
    return xmlSafe(run.text)
        .split('\n')
        .map((line, i) => new docx__WEBPACK_IMPORTED_MODULE_0__/* .TextRun */ .NTc({
        text: line,
        break: i > 0 ? 1 : undefined,
        bold: run.bold || undefined,
        italics: run.italic || undefined,
        font: run.code ? 'Consolas' : undefined,
        color: run.link ? LINK : color,
        underline: run.link ? {} : undefined,
    }));
}
function children(runs, color) {
    return runs.flatMap((run) => run.link ? [new docx__WEBPACK_IMPORTED_MODULE_0__/* .ExternalHyperlink */ .Mf2({ link: run.link, children: textRuns(run) })] : textRuns(run, color));
}
function paragraphs(blocks, kind) {
    const after = AFTER[kind];
    return blocks.map((block, i) => {
        const previous = blocks[i - 1];
        switch (block.type) {
            case 'heading':
                return new docx__WEBPACK_IMPORTED_MODULE_0__/* .Paragraph */ .fzL({
                    heading: HEADINGS[Math.min(block.depth, 6) - 1],
                    children: children(block.runs),
                    keepNext: true,
                });
            case 'paragraph':
                // The contact line under the name: muted; a letter's header ends with a rule.
                if (i === 1 && previous.type === 'heading' && previous.depth === 1)
                    return new docx__WEBPACK_IMPORTED_MODULE_0__/* .Paragraph */ .fzL({
                        children: children(block.runs, MUTED),
                        spacing: { after },
                        border: kind === 'letter' ? RULE_BORDER : undefined,
                    });
                return new docx__WEBPACK_IMPORTED_MODULE_0__/* .Paragraph */ .fzL({
                    children: children(block.runs),
                    spacing: { after },
                    indent: block.quote ? { left: 360 } : undefined,
                });
            case 'item':
                if (block.marker === '•') {
                    return new docx__WEBPACK_IMPORTED_MODULE_0__/* .Paragraph */ .fzL({
                        children: children(block.runs),
                        bullet: { level: Math.min(block.level, 8) },
                    });
                }
                return new docx__WEBPACK_IMPORTED_MODULE_0__/* .Paragraph */ .fzL({
                    children: [
                        new docx__WEBPACK_IMPORTED_MODULE_0__/* .TextRun */ .NTc({ text: block.marker ? `${block.marker}\t` : '\t' }),
                        ...children(block.runs),
                    ],
                    indent: { left: 360 * (block.level + 1), hanging: 360 },
                    spacing: { after: 40 },
                });
            case 'code':
                return new docx__WEBPACK_IMPORTED_MODULE_0__/* .Paragraph */ .fzL({
                    children: textRuns({ text: block.text, bold: false, italic: false, code: true }),
                    spacing: { after },
                    indent: { left: 360 },
                });
            case 'rule':
                return new docx__WEBPACK_IMPORTED_MODULE_0__/* .Paragraph */ .fzL({
                    children: [],
                    border: RULE_BORDER,
                    spacing: { after },
                });
        }
    });
}
/** Renders one cover letter or resume as a .docx file. */
async function renderDocx(input) {
    const kind = input.kind;
    const size = BODY_SIZE[kind];
    const doc = new docx__WEBPACK_IMPORTED_MODULE_0__/* .Document */ .yoT({
        title: xmlSafe(input.title),
        creator: xmlSafe(input.author),
        styles: {
            default: {
                document: { run: { font: FONT, size, color: TEXT } },
                heading1: {
                    run: { font: FONT, size: kind === 'resume' ? 44 : 32, bold: true, color: TEXT },
                    paragraph: { spacing: { after: 60 } },
                },
                heading2: {
                    run: { font: FONT, size: 24, bold: true, color: TEXT, allCaps: kind === 'resume' },
                    paragraph: {
                        spacing: { before: 240, after: 80 },
                        border: kind === 'resume' ? RULE_BORDER : undefined,
                    },
                },
                heading3: {
                    run: { font: FONT, size: size + 1, bold: true, color: TEXT },
                    paragraph: { spacing: { before: 120, after: 40 } },
                },
                heading4: { run: { font: FONT, size, bold: true, color: TEXT } },
                heading5: { run: { font: FONT, size, bold: true, color: TEXT } },
                heading6: { run: { font: FONT, size, bold: true, color: TEXT } },
            },
        },
        sections: [
            {
                properties: {
                    page: {
                        // US Letter, margins 0.75in (resume) or 1in (letter); docx units are twips.
                        size: { width: 12240, height: 15840 },
                        margin: kind === 'resume'
                            ? { top: 1080, bottom: 1080, left: 1080, right: 1080 }
                            : { top: 1440, bottom: 1440, left: 1440, right: 1440 },
                    },
                },
                children: paragraphs((0,_blocks_js__WEBPACK_IMPORTED_MODULE_1__/* .toBlocks */ .ij)(input.markdown), kind),
            },
        ],
    });
    return docx__WEBPACK_IMPORTED_MODULE_0__/* .Packer */ .ND6.toBuffer(doc);
}


/***/ })

};

//# sourceMappingURL=860.index.js.map