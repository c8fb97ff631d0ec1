// Shared vocabulary of the neutral sentences: what delegations say around their positions.
import type { Slots } from './grammar';

export const SLOTS: Slots = {
  chair: ['Chair', 'Mr. Chair', 'Mr. Chairman', 'Chairperson', 'Chair'],
  effort: [
    'your tireless efforts', 'your able leadership', 'the excellent preparation of this session', 'the guiding questions circulated ahead of this meeting',
    'your smart stewardship of our work', 'the revised draft', 'your team’s hard work', 'the discussion paper', 'your transparent and inclusive approach',
  ],
  team: ['your team', 'the Secretariat', 'UNODA', 'your team and the Secretariat'],
  framework: ['the cumulative and evolving framework', 'the framework of responsible State behaviour', 'the UN framework for responsible State behaviour in cyberspace', 'the acquis of the previous OEWG and GGE reports'],
  framework_parts: [
    'the eleven voluntary norms', 'the applicability of international law', 'the confidence-building measures agreed by consensus', 'the consensus reports of 2015 and 2021',
  ],
  milestone: ['the consensus reports of 2015 and 2021', 'the 2021 OEWG report', 'the first annual progress report', 'the eleven voluntary norms', 'the initial list of confidence-building measures'],
  threat: [
    'ransomware', 'attacks against critical infrastructure', 'malicious activity targeting the health sector', 'the use of ICTs by non-State actors',
    'supply chain compromises', 'attacks on the public core of the Internet', 'the proliferation of commercial intrusion capabilities', 'AI-enabled cyber operations',
    'disinformation campaigns', 'attacks on electoral infrastructure', 'data theft from financial institutions',
  ],
  victim: ['hospitals and health systems', 'essential services', 'developing economies', 'small and medium-sized enterprises', 'humanitarian organisations', 'the energy sector', 'the financial sector', 'critical information infrastructure'],
  grows: ['continues to evolve rapidly', 'is growing in scale and sophistication', 'has become more complex', 'is of increasing concern to all States', 'affects developed and developing countries alike'],
  cb_quality: ['demand-driven', 'needs-based', 'gender-sensitive', 'sustainable', 'context-specific', 'tailored to national circumstances', 'politically neutral', 'transparent'],
  cb_quality2: ['respectful of national ownership', 'inclusive', 'coordinated among donors', 'results-oriented', 'accessible to small delegations'],
  cb_what: [
    'training programmes for national CERTs', 'the development of national cybersecurity strategies', 'legislative assistance', 'technical exchanges among experts',
    'the Women in Cyber Fellowship', 'cyber diplomacy courses', 'regional centres of cyber excellence', 'exercises for incident responders',
  ],
  national_step: [
    'adopted a new national cybersecurity strategy', 'established a national CERT', 'updated the national legislation on critical infrastructure', 'published a national position on international law',
    'launched a national survey of implementation', 'created an interagency cyber coordination body', 'joined the Points of Contact Directory', 'completed a cybersecurity maturity assessment',
    'hosted a regional workshop on norms implementation', 'submitted its national views to the Secretary-General',
  ],
  year: ['In 2021', 'In 2022', 'Last year', 'Earlier this year', 'In recent months', 'Since the last session'],
  cbm: ['the Global Points of Contact Directory', 'the initial list of voluntary global confidence-building measures', 'regional confidence-building measures', 'the tabletop exercise on the Points of Contact Directory'],
  region_org: ['the OAS', 'the OSCE', 'ASEAN', 'the African Union', 'the ASEAN Regional Forum', 'the Pacific Islands Forum', 'ECOWAS'],
  session_ref: ['this session', 'this week', 'the current session', 'our meetings this week'],
  next: ['the next session', 'the intersessional meetings', 'the February session', 'the July session', 'the informal town hall meeting', 'the coming months'],
  apr: ['the annual progress report', 'the draft annual progress report', 'the zero draft', 'the revised draft of the report', 'the final report'],
  report_part: ['the section on threats', 'the section on capacity building', 'the chapter on regular institutional dialogue', 'the conclusions and recommendations', 'Annex C'],
  value: ['an open, secure, stable, accessible and peaceful ICT environment', 'a safe and resilient cyberspace', 'international peace and security in the digital domain', 'trust and confidence among States'],
  commit: ['remain committed to', 'stand ready to contribute to', 'will continue to engage constructively towards', 'look forward to'],
  work: ['the work of this Group', 'our collective efforts', 'the success of this process', 'a consensual outcome', 'a seamless transition to the future mechanism'],
  emphasis: ['great importance', 'particular importance', 'the highest importance', 'utmost importance'],
  il_topic: [
    'the principles of sovereignty and non-intervention', 'the peaceful settlement of disputes', 'the applicability of international humanitarian law', 'State responsibility',
    'due diligence', 'the prohibition of the use of force', 'international human rights law',
  ],
  tone: ['constructive', 'interactive', 'substantive', 'rich', 'productive'],
};
