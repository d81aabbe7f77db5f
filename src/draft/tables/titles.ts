// Titles and roles that stand before a person's name, and keywords that make a name a government body or a group.
// Source: written for Backchannel from common English news usage; licence MIT (the project's).

/** Words that make up a title before a name ("Defence Minister", "Lieutenant General", "Chief Executive"). */
export const TITLE_WORDS = new Set(
  `President Vice Prime Minister Ministers Secretary Foreign Defence Defense Interior Trade Energy Finance Economy
  Economic Deputy Chancellor King Queen Prince Senator Representative Governor Mayor Ambassador Envoy Special
  Commissioner Commander General Lieutenant Major Colonel Admiral Rear Vice Captain Chief Executive Officer Director
  Head Spokesman Spokeswoman Spokesperson Chairman Chairwoman Chair Speaker Leader Dr Dr. Mr Mr. Mrs Mrs. Ms Ms.
  Professor Judge Justice Coast Guard Navy Army Air Force Industry Agriculture Health Justice EU UN NATO Senior
  Commerce Environment Climate Transport Labour Labor Home Affairs Affair Attorney Presidential Cabinet State
  Supreme Allied Managing Secretary-General Director-General High Information Education Culture Development
  Digital Communications Tourism Fisheries Water Mines Oil Petroleum Planning Science Technology Infrastructure Housing
  Social Welfare Youth Migration Immigration Security National Public Works Veterans Maritime Aviation Staff
  European Undersecretary Under-Secretary`.split(/\s+/),
);

/** Title words that make a title on their own: a role needs one ("Defence" alone is not a title, "Minister" is). */
export const TITLE_HEADS =
  /\b(President|Minister|Ministers|Secretary|Chancellor|King|Queen|Prince|Senator|Representative|Governor|Mayor|Ambassador|Envoy|Commissioner|Commander|General|Lieutenant|Major|Colonel|Admiral|Captain|Chief|Executive|Officer|Director|Head|Spokesman|Spokeswoman|Spokesperson|Chairman|Chairwoman|Chair|Speaker|Leader|Dr|Dr\.|Mr|Mr\.|Mrs|Mrs\.|Ms|Ms\.|Professor|Judge|Justice|Attorney|Secretary-General|Director-General|Premier|Undersecretary|Under-Secretary|Deputy)\b/;

/** Words that make a name a government body (ministries, commissions, councils, commands, agencies...). */
export const BODY_WORDS =
  /\b(Ministry|Ministries|Commission|Council|Command|Coast Guard|Agency|Parliament|Embassy|Department|Office|Navy|Army|Air Force|Fleet|Headquarters|Kremlin|Pentagon|White House|Congress|Senate|Assembly|Cabinet|Government|Directorate|Service|Guard|Police|Forces|Secretariat|Court|Duma|Bundestag|Rada|Bureau|Mission)\b/;

/** Words that make a name an organisation, company or other group. */
export const GROUP_WORDS =
  /\b(Organization|Organisation|Union|Alliance|Association|Programme|Program|Bank|Fund|Group|Company|Corporation|Corp|Inc|Ltd|Institute|Centre|Center|Forum|Nations|Foundation|Party|Network|Federation|Committee|Energy|Holdings|Industries|Shipping|Partners|Cables|Systems|Airlines|Movement|Front|Coalition|Red Cross|Crescent|Networks|Logistics|Auto|Motors|Energie|Cantieri|Shipyards?|Without Borders|Airways|Petroleum|Steel|Mining|Telecom|Pharma|Capital|Investments|Technologies|Solutions|Enterprises|Consulting|Resources|Electric|Aerospace|Defence Systems|Dynamics)\b/;

/** Words that make a name an event or an issue. */
export const EVENT_WORDS = /\b(Operation|Summit|Talks|Conference|Exercise|Agreement|Accord|Deal|Treaty|Initiative)\b/;

/** Common nouns for groups the text treats as one voice; a preceding adjective is kept ("European officials"). */
export const GROUP_NOUNS = new RegExp(
  `\\b(?:(?:[A-Z][a-z]+|[Oo]pposition|[Ss]enior|[Ww]estern|[Ll]ocal)\\s+)?(?:${[
    'critics',
    'lawmakers',
    'analysts',
    'diplomats',
    'officials',
    'protesters',
    'commentators',
    'economists',
    'experts',
    'activists',
    'residents',
    'legislators',
    'negotiators',
    'observers',
    'investors',
    'campaigners',
    'environmentalists',
    'rights groups',
    'fishermen',
  ]
    .map((noun) => `[${noun[0]}${noun[0]?.toUpperCase()}]${noun.slice(1)}`)
    .join('|')})\\b`,
  'g',
);

/** Group nouns that speak with one voice even alone ("Critics said…", "analysts warned"). */
export const BARE_GROUP_NOUNS =
  `critics lawmakers analysts diplomats protesters commentators economists experts activists
  legislators negotiators campaigners environmentalists insiders mediators`.split(/\s+/);

/** Group nouns that name a voice only with a modifier ("EU officials", "aid groups"); alone they are anonymous. */
export const MODIFIED_GROUP_NOUNS = `officials observers residents investors fishermen leaders states groups media
  manufacturers utilities insurers companies firms carmakers authorities delegation delegations sources generals
  allies exporters producers shipowners farmers unions rights groups`.split(/\s+/);

/** Lower-case words that make a group noun a named voice ("opposition lawmakers", "shipping insurers"). */
export const GROUP_MODIFIERS = `opposition senior western local aid business rights human state shipping nationalist
  military regional european foreign government industry defence defense intelligence security humanitarian
  environmental trade energy`.split(/\s+/);

/** Lower-case nouns that, after a state, demonym or name, make a government body ("Italian navy"); longest first. */
export const BODY_NOUNS = [
  'defence ministry',
  'defense ministry',
  'foreign ministry',
  'security services',
  'intelligence services',
  'armed forces',
  'air force',
  'coast guard',
  'border guards',
  'government',
  'navy',
  'army',
  'military',
  'marines',
  'parliament',
  'embassy',
  'cabinet',
  'police',
  'administration',
];
