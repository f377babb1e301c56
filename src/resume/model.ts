/** The source resume model: what every reader (JSON Resume, Markdown, text, PDF, DOCX) produces. */

/** One position of the source resume. */
export interface SourceJob {
  employer: string;
  title: string;
  start: string;
  end: string;
  bullets: string[];
  /** Where the position was ("Berlin", "Remote"), when the heading says. */
  location?: string;
}

export interface SourceEducation {
  institution: string;
  degree: string;
  dates: string;
}

/** A section we carry over verbatim (projects, languages, ...). */
export interface OtherSection {
  title: string;
  markdown: string;
}

export interface ResumeFacts {
  employers: string[];
  titles: string[];
  dates: string[];
  degrees: string[];
  certificates: string[];
}

/** How the resume file was written: decided from its content. */
export type ResumeFormat = 'json-resume' | 'markdown' | 'text' | 'pdf' | 'docx';

/** The user's resume, parsed once; the one source of truth for grounding. */
export interface SourceResume {
  format: ResumeFormat;
  name: string;
  email?: string;
  phone?: string;
  /** City/region from the contact line or JSON Resume basics. */
  location?: string;
  /** Web addresses from the contact line (LinkedIn, GitHub, site). */
  links: string[];
  /** Canonical Markdown of the whole resume (what the model sees). */
  markdown: string;
  skills: string[];
  facts: ResumeFacts;
  /** The section headings as written, in order ("Work Experience", "TECHNICAL SKILLS"). */
  headings: string[];
  sections: {
    /** Contact items shown under the name (email, phone, location, links). */
    contact: string[];
    summary?: string;
    experience: SourceJob[];
    education: SourceEducation[];
    certificates: string[];
    other: OtherSection[];
  };
}

/** A resume before its canonical Markdown and facts are derived. */
export type ParsedResume = Omit<SourceResume, 'markdown' | 'facts'>;
