"""Attribution phrasings by class: the speaker mention each cue's frame should have.

Every sentence was written for this table (none is copied from an article or a corpus).  The
classes follow the error classes measured on news the rules were not tuned on (see
docs/attribution.md): missing cue words, frames inside or after their content, speaker
phrases, quote styles, colon and headline credits, and words that only look like cues.  A
row whose ``speaker`` is None expects no frame with that cue.  Known failures are strict
xfails with the reason.
"""

from __future__ import annotations

from typing import NamedTuple

import pytest

import attribquant


class Phrasing(NamedTuple):
    kind: str
    text: str
    cue: str
    speaker: str | None
    bug: str = ""


ROWS: list[Phrasing] = [
    # quotes printed with two apostrophes a side
    Phrasing("quote_style", "''We lost 12 seats,'' said Mara Lind.", "said", "Mara Lind"),
    Phrasing("quote_style", "''The bridge will cost $4 million,'' the engineer said.", "said",
             "the engineer"),
    Phrasing("quote_style", "''Prices rose 3 percent,'' Okafor told reporters.", "told",
             "Okafor"),
    Phrasing("quote_style", "''Call it 'old money,''' said Mara Lind, who ran 3 banks.", "said",
             "Mara Lind"),
    Phrasing("quote_style", "''We lost 12 seats,'' Mr. Okafor, now 81 and living in Dover, "
             "Del., said by telephone.", "said", "Mr. Okafor"),
    Phrasing("tail", "Okafor said by phone that 40 homes were empty.", "said", "Okafor"),
    # "which" after a preposition's object refers to that object, not the clause before
    Phrasing("relative", "The plan drew criticism from the Vell Council, which said it would "
             "cost 300 jobs.", "said", "the Vell Council, which"),
    Phrasing("relative", "Tula Mills released its records in July, which showed 40 "
             "violations.", "showed", "its records in July, which"),
    Phrasing("relative", "The group met Citizens for Ruiz, which says it has 3,000 members.",
             "says", "Citizens for Ruiz, which"),
    # a participle before an article is a cue, no noun compound ("a saying")
    Phrasing("participle", "Hours later, the senator walked out of the meeting, saying the "
             "talks had cost 3 weeks.", "saying", "the senator"),
    Phrasing("participle", "Vell Watch issued a statement saying his comment had cost 40 "
             "donors.", "saying", "Vell Watch"),
    Phrasing("participle", "The coach left the field, saying she blamed the referee for 3 "
             "penalties.", "saying", "The coach"),
    # a belief verb with its own object closes no quotation before it
    Phrasing("not_a_cue", '"If they shut 3 mills, whole towns will feel it," Roe said.', "feel",
             None),
    # a headline's credit after its last colon
    Phrasing("headline_credit", "Tula to close 40 schools: state auditor\n\nThe plan was "
             "approved.", ":", "state auditor"),
    Phrasing("headline_credit", "Oil to stay above $80 next year: analysts\n\nPrices rose.", ":",
             "analysts"),
    Phrasing("headline_credit", "Storm hits the coast: 3 dead\n\nThe storm hit on Monday.", ":",
             None),
    # a participle after a name in apposition modifies it: the name still speaks
    Phrasing("apposed_name", '"We will rebuild 40 homes," said the mayor, Ana Lima, flanked by '
             "firefighters.", "said", "Ana Lima"),
    # a vote tally between the cue and "that"
    Phrasing("tail", "The appeals court ruled 5-2 that the county owed 40 families.", "ruled",
             "The appeals court"),
    Phrasing("tail", "The board concluded 7-2 on Monday that 3 of the drugs were safe.",
             "concluded", "The board"),
    # a role phrase with a name in apposition: the name speaks, the role describes
    Phrasing("apposed_name", '"We lost 40 homes," the mayor, Ana Ortiz, told reporters.',
             "told", "Ana Ortiz"),
    Phrasing("apposed_name", '"We lost 40 homes," said its chief executive, Dana Pruitt.',
             "said", "Dana Pruitt"),
    Phrasing("apposed_name", '"We lost 40 homes," the mayor, Ana Ortiz, told the Herald, '
             "adding that 12 more were damaged.", "adding", "Ana Ortiz"),
    Phrasing("apposed_name", '"We lost 40 homes," said the mayor, adding that 12 more were '
             "damaged.", "adding", "the mayor"),
    Phrasing("cue_word", "Holm later clarified that only 12 ferries would stop.", "clarified",
             "Holm"),
    Phrasing("cue_word", "The memo did not clarify the 12 stops.", "clarify", None),
    Phrasing("cue_word", "Over 12 weeks, the picture has clarified.", "clarified", None),
    Phrasing("cue_word", "Its chief executive countered that sales had grown 12 percent.",
             "countered", "Its chief executive"),
    Phrasing("cue_word", "Behind the counter, 12 clerks waited.", "counter", None),
    # a forecast's object holding a figure is its content though a participle of the same
    # subject follows ("..., citing poor harvests")
    Phrasing("cue_word", "She expects prices to stay above 10 percent, citing poor harvests.",
             "expects", "She"),
    # a partner in a view after "agreed with" is read past like a hearer, if it can speak
    Phrasing("cue_word", "The judge agreed with Ana Lima that 40 files were private.",
             "agreed", "The judge"),
    Phrasing("cue_word", "The board agreed with the union's demand that 40 posts be kept.",
             "agreed", None),
    Phrasing("cue_word", "Ana Lima said she agreed with the analysts that predicted a 3 "
             "percent rise.", "agreed", None),
    # verbs of attacking and linking report only with their ground after the object
    Phrasing("cue_word", "She attacked rivals on stage for taking $40,000 from donors.",
             "attacked", "She"),
    Phrasing("cue_word", "Experts have linked the 12 outbreaks to one farm.", "linked",
             "Experts"),
    Phrasing("cue_word", "The senator linked arms with 40 marchers.", "linked", None),
    Phrasing("cue_word", "He repeatedly linked the 12 thefts to Ana Lima's budget cuts.",
             "linked", "He"),
    Phrasing("cue_word", "Gunmen attacked a police post near Tula, killing 4 guards.",
             "attacked", None),
    # cue words of asking, urging, proposing and promising
    Phrasing("cue_word", "The governor urged lawmakers to approve the $2 billion plan.",
             "urged", "The governor"),
    Phrasing("cue_word", "The senator vowed to cut 500 jobs from the agency.", "vowed",
             "The senator"),
    Phrasing("cue_word", "The union called for a 6 percent raise.", "called for", "The union"),
    Phrasing("cue_word", "Activists called on the city to plant 10,000 trees.", "called on",
             "Activists"),
    Phrasing("cue_word", "The agency counted 40 flooded villages, and it appealed for $500 "
             "million.", "appealed for", "it"),
    Phrasing("cue_word", "Relief groups are appealing for 300 volunteers.", "appealing for",
             "Relief groups"),
    Phrasing("cue_word", "The levy appeals to 60 percent of renters.", "appeals", None),
    Phrasing("cue_word", "The economy added 200,000 jobs in May.", "added", None),
    Phrasing("cue_word", "Employers added 185,000 jobs in May, the agency said.", "added", None),
    Phrasing("cue_word", "He added that the plan may cost $40 million.", "added", "He"),
    # a participle after "by" or "in" speaks for the subject of the verb it modifies
    Phrasing("manner", "The mayor of the region, Ana Ortiz, has reacted by proposing a levy "
             "of 4 percent.", "proposing", "Ana Ortiz"),
    Phrasing("manner", "Lind joined the unions in calling for a 6 percent raise.",
             "calling for", "Lind"),
    # a relative "that" after a plural noun speaks for its antecedent
    Phrasing("relative_that", "Among its critics are landlords that warn it could cost 4,000 "
             "homes.", "warn", "landlords that"),
    Phrasing("relative_that", "Okafor pointed to surveys that show 40 percent of nurses plan "
             "to leave.", "show", "surveys that"),
    Phrasing("cue_word", "The council proposed a ban on 12 pesticides.", "proposed",
             "The council"),
    Phrasing("cue_word", "The candidate pledged to build 300 new schools.", "pledged",
             "The candidate"),
    Phrasing("cue_word", '"How can 40 percent be undecided?" the host asked.', "asked",
             "the host"),
    Phrasing("cue_word", "Reporters asked whether 40 staff had been fired.", "asked",
             "Reporters"),
    Phrasing("cue_word", '"We will win by 20 points," he joked.', "joked", "he"),
    Phrasing("cue_word", "The sign read: 40 percent off.", "read", "The sign"),
    Phrasing("cue_word", "The levy will cost $40 million, reads the memo.", "reads", "the memo"),
    Phrasing("cue_word", "The analyst cited a survey of 2,000 voters.", "cited", "The analyst"),
    Phrasing("cue_word", '"Why only 40?" Ortiz asked.', "asked", "Ortiz"),
    Phrasing("cue_word", '"Why 40 more?" Ortiz asked sharply, waving the report.', "asked",
             "Ortiz"),
    # what a cue reports may be a plain object or a prepositional one
    Phrasing("object_content", "The mayor announced plans to expand the ferry service.",
             "announced", "The mayor"),
    Phrasing("object_content", "Ortiz mentioned the layoffs twice.", "mentioned", "Ortiz"),
    # "suggest" in its proposing sense reports its object, or a clause with a bare verb
    Phrasing("object_content", "The engineer suggested a cheaper route for the 9 km pipeline.",
             "suggested", "The engineer"),
    Phrasing("object_content", "Ruiz suggested the board instead meet twice a month.",
             "suggested", "Ruiz"),
    Phrasing("object_content", "After the flood, the mayor changed course, suggesting the town "
             "delay 12 repairs.", "suggesting", "the mayor"),
    Phrasing("object_content", "The mayor announced on Monday a plan to hire 40 nurses.",
             "announced", "The mayor"),
    Phrasing("object_content", "The governor asked for $1.9 billion in aid.", "asked",
             "The governor"),
    Phrasing("object_content", "He didn't mention the loan.", "mention", "He"),
    Phrasing("object_content", "Ortiz never confirmed the 40 deaths.", "confirmed", "Ortiz"),
    Phrasing("object_content", "Ortiz did not say that 40 people died.", "say", "Ortiz"),
    Phrasing("object_content", "The coach joked about the losing streak.", "joked",
             "The coach"),
    Phrasing("object_content", "Several senators cautioned against deep cuts.", "cautioned",
             "Several senators"),
    Phrasing("object_content", "The owner admitted to hiring 40 workers off the books.",
             "admitted", "The owner"),
    Phrasing("object_content", 'The league asked the club to "cease and desist" at once.',
             "asked", "The league"),
    Phrasing("object_content", "In her speech she recalled her 12 years as mayor.", "recalled",
             "she"),
    Phrasing("object_content", "They acknowledge what they call modest gains of 2 percent.",
             "acknowledge", "They"),
    Phrasing("object_content", "He told the board to cut 40 posts.", "told", "He"),
    # a frame inside its content may end in a short time or setting adjunct
    Phrasing("medial_frame", "What worries her, Okafor told me on Friday, is the 40 percent "
             "rise.", "told", "Okafor"),
    Phrasing("medial_frame", "The levy, the mayor said in an interview, will raise $3 million.",
             "said", "the mayor"),
    Phrasing("medial_frame", "In Ohio, the two states with the most mills, 40 plants shut.",
             "states", None),
    Phrasing("light_verb", "The 12 councils made clear progress on the budget.",
             "made clear", None),
    # an adjective of certainty is a belief only before a clause
    Phrasing("certainty", "Lind is sure to win 40 seats.", "is sure", None),
    Phrasing("certainty", "Lind is confident in the 12 candidates.", "is confident", None),
    Phrasing("certainty", "It is certain that 40 jobs will go.", "is certain", None),
    Phrasing("certainty", "Believe it or not, 40 mills shut.", "Believe", None),
    Phrasing("belief_proform", "I think it's unfair to close 40 mills.", "think", "I"),
    # a short adjunct between a cue and a clause with no "that"
    Phrasing("adjunct_clause", "Okafor admitted under questioning he had hidden $3 million.",
             "admitted", "Okafor"),
    Phrasing("adjunct_clause", "The mayor said at the hearing she would hire 40 nurses.",
             "said", "The mayor"),
    Phrasing("adjunct_clause", "Lind wrote to voters she met in May about 40 closures.",
             "wrote", None),
    Phrasing("adjunct_clause", "Lind said in the town she grew up in that 40 mills shut.",
             "said", "Lind"),
    # verbs of recording and citing report their object, for a document or a person
    Phrasing("record_verb", "The audit documented 40 missing laptops.", "documented",
             "The audit"),
    Phrasing("record_verb", "Ortiz referenced a 2015 survey of 900 nurses.", "referenced",
             "Ortiz"),
    Phrasing("record_verb", "The film chronicles the 12 years of the strike.", "chronicles",
             "The film"),
    Phrasing("record_verb", "Thefts documented by the police rose 40 percent.", "documented",
             None),
    # a point made is a frame only with its content or topic
    Phrasing("light_verb", "The 300 strikers made their point.", "made their point", None),
    Phrasing("light_verb", "Roe made a point of praising the 40 nurses.", "made a point",
             None),
    Phrasing("light_verb", "The senator offered some thoughts about the 12 new bridges.",
             "offered some thoughts", "The senator"),
    Phrasing("light_verb", "Okafor gave her opinion on the $2 million stadium plan.",
             "gave her opinion", "Okafor"),
    Phrasing("light_verb", "The hotel offers views of the 40-metre falls.", "offers views",
             None),
    Phrasing("light_verb", "The examiner gave questions on 12 topics.", "gave questions",
             None),
    # verbs of judging, blaming and promoting report their object and its complement
    Phrasing("judgement_verb", "The mayor blamed the storm for 40 closed roads.", "blamed",
             "The mayor"),
    Phrasing("judgement_verb", "Okafor accused the board of hiding a $3 million loss.",
             "accused", "Okafor"),
    Phrasing("judgement_verb", "The senator praised the bill as a model for 12 states.",
             "praised", "The senator"),
    Phrasing("judgement_verb", "Union leaders slammed the plan to cut 400 jobs.", "slammed",
             "Union leaders"),
    Phrasing("judgement_verb", "The governor touted the 3,000 new jobs at every stop.",
             "touted", "The governor"),
    Phrasing("judgement_verb", "Lind railed against the 9 percent levy.", "railed against",
             "Lind"),
    Phrasing("judgement_verb", "Ortiz seldom speaks about the 40 lost homes.", "speaks about",
             "Ortiz"),
    Phrasing("judgement_verb", "The governor talked of 12 new bridges on Monday.", "talked of",
             "The governor"),
    Phrasing("judgement_verb", "There were talks of a $4 billion merger.", "talks of", None),
    Phrasing("judgement_verb", "The council member lambasted the $2 million parking deal.",
             "lambasted", "The council member"),
    Phrasing("judgement_verb", "Teachers decried the loss of 60 aides.", "decried", "Teachers"),
    Phrasing("judgement_verb", "The coach downplayed the risk of 3 more injuries.",
             "downplayed", "The coach"),
    Phrasing("judgement_verb", "Alvarez bemoaned the 12 percent drop in visitors.", "bemoaned",
             "Alvarez"),
    Phrasing("judgement_verb", "She hailed a taxi outside the 40-story tower.", "hailed", None),
    Phrasing("judgement_verb", "Okafor lashed out at the board over the $5 million shortfall.",
             "lashed out", "Okafor"),
    Phrasing("judgement_verb", "The clerk accused of taking $40,000 resigned.", "accused", None),
    Phrasing("judgement_verb", "Roe, who hails from a town of 900, won.", "hails", None),
    Phrasing("judgement_verb", "Ortiz never lamented the 20 lost acres.", "lamented", None),
    # verbs that report only before "that", a colon or a quote
    Phrasing("complementiser_verb", "The mayor agreed that 40 bus routes may be cut.",
             "agreed", "The mayor"),
    Phrasing("complementiser_verb", "The unions agreed to pay $4 million.", "agreed", None),
    Phrasing("complementiser_verb", "Okafor recognizes that 30 percent of voters are angry.",
             "recognizes", "Okafor"),
    Phrasing("complementiser_verb", "Lind anticipated that 12 firms would leave the city.",
             "anticipated", "Lind"),
    Phrasing("complementiser_verb", "She remembered that 200 people came to the first rally.",
             "remembered", "She"),
    Phrasing("complementiser_verb", '"We lost 9 seats," the chairman elaborated.',
             "elaborated", "the chairman"),
    Phrasing("complementiser_verb", "Both parties agreed that night to fund 40 new schools.",
             "agreed", None),
    # verbs of citing and discussing report their object
    Phrasing("cite_verb", "The mayor pointed to the 14 new bus routes.", "pointed to",
             "The mayor"),
    Phrasing("cite_verb", "The evidence points to a 3 percent contraction.", "points to",
             None),
    Phrasing("cite_verb", "The senator invoked the 1986 tax overhaul.", "invoked", "The senator"),
    Phrasing("cite_verb", "The board discussed the $3 million deficit on Monday.", "discussed",
             "The board"),
    Phrasing("cite_verb", "Lind pointed out that 40 homes were empty.", "pointed out", "Lind"),
    Phrasing("cite_verb", "The guide pointed out 12 paintings to the class.", "pointed out",
             None),
    Phrasing("cite_verb", "Shares fell 3 percent, pointing to a weak quarter.", "pointing",
             None),
    Phrasing("cite_verb", "Turnout rose 8 percentage points to 61 percent.", "points to", None),
    Phrasing("judgement_verb", "Ortiz did not blame the crew for the 3-hour delay.", "blame",
             None),
    Phrasing("judgement_verb", "The bridge was praised for its 12 arches.", "praised", None),
    Phrasing("not_a_cue", "The mere mention of the merger lifted shares 4 percent.", "mention",
             None),
    # a frame inside its content
    Phrasing("medial", "The bridge, she said, will cost $40 million.", "said", "she"),
    Phrasing("medial", "The plan, an aide said, is to win 20 states.", "said", "an aide"),
    Phrasing("medial", "Turnout, officials said on Monday, reached 61 percent.", "said",
             "officials"),
    # words between the speaker and the cue, or between the cue and its content
    Phrasing("inside_cue", "She further announced that 40 jobs would go.", "announced", "She"),
    Phrasing("inside_cue", "The union has nonetheless argued that 300 posts are at risk.",
             "argued", "The union"),
    Phrasing("inside_cue", "Ortiz has nevertheless conceded that 12 bridges need repairs.",
             "conceded", "Ortiz"),
    Phrasing("inside_cue", "The minister forecast that growth would slow to 2 percent.",
             "forecast", "The minister"),
    Phrasing("inside_cue", "He believes, for example, that 30 percent are undecided.",
             "believes", "He"),
    Phrasing("inside_cue", "The ministry on Friday said 40 people died.", "said",
             "The ministry"),
    Phrasing("inside_cue", "The firm on Friday reported a 40 percent rise in profit.",
             "reported", "The firm"),
    Phrasing("inside_cue", "He went on to say that 40 people had died.", "say", "He"),
    Phrasing("inside_cue", "The ministry was unable to confirm that 40 soldiers had died.",
             "confirm", None),
    Phrasing("inside_cue", "Police have yet to confirm the 12 deaths.", "confirm", None),
    Phrasing("inside_cue", "She won't be able to boast about a 12-point lead.", "boast", "She"),
    Phrasing("inside_cue", "The board wants to quickly announce 300 new jobs.", "announce",
             "The board"),
    # a cue after "and" and a lone past verb shares that verb's pronoun (_bare_verb_subject)
    Phrasing("bare_verb_subject", "Ortiz said that at the last hearing he paused and added "
             "that 40 files were lost.", "added", "he"),
    Phrasing("bare_verb_subject", "The aide recalled that over dinner she smiled and said the "
             "bill would cost $4 million.", "said", "she"),
    Phrasing("bare_verb_subject", "The minister said we failed and promised 40 new clinics.",
             "promised", "The minister"),
    Phrasing("bare_verb_subject", "Lima said that they refused and added that 40 claims were "
             "false.", "added", "Lima"),
    # a particle cue's particle after manner adverbs or a short adjunct (_late_particle)
    Phrasing("late_particle", "The mayor spoke tersely of the 40 layoffs at the depot.",
             "spoke tersely of", "The mayor"),
    Phrasing("late_particle", "She has spoken in detail about the $3 million shortfall.",
             "spoken in detail about", "She"),
    Phrasing("late_particle", "He talked candidly on local radio about the 12 closures.",
             "talked candidly on local radio about", "He"),
    Phrasing("late_particle", "Okafor is talking to farmers about a 5 percent levy.",
             "talking to farmers about", "Okafor"),
    Phrasing("late_particle", "The senator railed on Twitter against the 8 percent tariff.",
             "railed on Twitter against", "The senator"),
    Phrasing("late_particle", "Lind called repeatedly for a 2 percent cut.",
             "called repeatedly for", "Lind"),
    Phrasing("late_particle", "The coach spoke warmly of the 3 rookies.", "spoke warmly of",
             None),
    Phrasing("late_particle", "The coach spoke proudly of the 3 rookies.", "spoke proudly of",
             None),
    Phrasing("judged_by_agent", "The plan was praised by unions as well as employers for "
             "saving 40 jobs.", "praised", None),
    Phrasing("late_particle", "She spoke with the head of the 40-member union.",
             "spoke with the head of", None),
    Phrasing("late_particle", "He spoke to workers who cared about the 30 jobs.",
             "spoke to workers who cared about", None),
    Phrasing("inside_cue", "The mayor is expected to announce 300 new jobs.", "announce",
             "The mayor"),
    Phrasing("inside_cue", "He declined to say whether 40 people died.", "say", None),
    Phrasing("inside_cue", "The story was first reported by the Tribune.", "reported",
             "the Tribune"),
    Phrasing("inside_cue", "Ortiz last week said 40 schools would close.", "said", "Ortiz"),
    Phrasing("inside_cue", "The governor on Thursday evening announced that 300 jobs would go.",
             "announced", "The governor"),
    Phrasing("inside_cue", "Mayor Lind has long said that the bridge will cost $4 million.",
             "said", "Mayor Lind"),
    Phrasing("inside_cue", "Tenants are markedly more likely to say rents rose 10 percent.",
             "say", "Tenants"),
    Phrasing("inside_cue", "He's predicted a win in 40 states.", "predicted", "He"),
    Phrasing("inside_cue", "She's said that 12 nurses quit.", "said", "She"),
    Phrasing("inside_cue", "The mayor promised on Tuesday to hire 300 officers.", "promised",
             "The mayor"),
    Phrasing("inside_cue", "He has said all along that 40 percent is the floor.", "said",
             "He"),
    Phrasing("inside_cue", "Ortiz two days later said 40 jobs would go.", "said", "Ortiz"),
    Phrasing("inside_cue", "Many would likely point out that turnout was 60 percent.",
             "point out", "Many"),
    Phrasing("participle", "He praised the plan but warning that 40 posts could go.",
             "warning", "He"),
    Phrasing("inside_cue", "Ortiz said in an interview with the local radio station that 40 "
             "jobs would go.", "said", "Ortiz"),
    Phrasing("inside_cue", "By evening, Mr. Roe was busy mending fences and said that "
             "his 40 percent remark was misread.", "said", "Mr. Roe"),
    Phrasing("inside_cue", "The man was hauled in and told to pay $400.", "told", None),
    Phrasing("inside_cue", "Ortiz offered the man a job, then says 40 more posts will open.",
             "says", "Ortiz"),
    # what opens a sentence before its subject
    Phrasing("opener", "An hour later they changed tack and said 40 voters could "
             "stay.", "said", "they"),
    Phrasing("opener", "Hours later, Ortiz returned the favour, telling reporters 40 donors "
             "had called.", "telling", "Ortiz"),
    Phrasing("opener", "WASHINGTON - Sen. Ana Ortiz on Monday criticised the bill and said it "
             "would cost $4 billion.", "said", "Sen. Ana Ortiz"),
    Phrasing("opener", "On Friday, however, the minister said 40 flights were cancelled.",
             "said", "the minister"),
    # participles
    Phrasing("participle", '"We will win," he said, adding that 40 states were in play.',
             "adding", "he"),
    Phrasing("participle", '"We will win," said Ana Ortiz, noting that 40 states were close.',
             "noting", "Ana Ortiz"),
    Phrasing("participle", 'She ended the speech by saying, "We need 300 more nurses."',
             "saying", "She"),
    Phrasing("participle", "- Gov. Ana Roe blamed the press, saying 40 reports were wrong.",
             "saying", "Gov. Ana Roe"),
    Phrasing("participle", 'The mayor mocked the plan, saying at one point, "We need 40."',
             "saying", "The mayor"),
    Phrasing("participle", "The poll showed gains, with 30 percent of renters saying they "
             "back him.", "saying", "30 percent of renters"),
    Phrasing("participle", '"It is anger," Ortiz said, citing 5 percent unemployment.',
             "citing", "Ortiz"),
    Phrasing("participle", "The campaign put out a statement saying 40 donors quit.",
             "saying", "The campaign"),
    Phrasing("participle", "Ortiz stuck to the script but later turned sharper, eventually "
             "saying 40 plants would close.", "saying", "Ortiz"),
    Phrasing("participle", 'Roe called the plan "a disgrace," adding that it would cost $4m.',
             "adding", "Roe"),
    Phrasing("participle", "She declined to claim victory - only saying that 60 percent was "
             "enough.", "saying", "She"),
    Phrasing("participle", "The senator wrote to the agency, asking it to return $40 million.",
             "asking", "The senator"),
    Phrasing("participle", "The vote split the party, with Senator Roe telling reporters on "
             "Monday he had 40 votes.", "telling", "Senator Roe"),
    Phrasing("participle", "If he wins, Ortiz has said he would cut 300 posts, vowing to "
             "close 12 offices.", "vowing", "Ortiz"),
    Phrasing("medial", "The fix, the engineer told them, would take 3 weeks.", "told",
             "the engineer"),
    Phrasing("participle", "It is a disaster, Ortiz said at a rally in Lima, adding that 40 "
             "mines had closed.", "adding", "Ortiz"),
    Phrasing("participle", "He's not saying how many of the 40 seats he expects to win.",
             "saying", "He"),
    Phrasing("participle", "The union issued a statement Tuesday saying 300 members would "
             "strike.", "saying", "The union"),
    Phrasing("participle", "Some voters remain doubtful, often citing the 9 percent jobless "
             "rate.", "citing", "Some voters"),
    # speaker phrases: titles, appositions, relative clauses, unnamed sources
    Phrasing("speaker_phrase", "The rate fell, said chief economist Ana Ortiz.", "said",
             "chief economist Ana Ortiz"),
    Phrasing("speaker_phrase", "The dam is safe, said Energy Minister Tomas Berg.", "said",
             "Energy Minister Tomas Berg"),
    Phrasing("speaker_phrase", '"We lost," said a voter who asked not to be named.', "said",
             "a voter"),
    Phrasing("speaker_phrase", "Three officials familiar with the talks said 40 troops would "
             "stay.", "said", "Three officials familiar with the talks"),
    Phrasing("speaker_phrase", "Mr Okafor, 61, said costs rose by 5 percent.", "said",
             "Mr Okafor"),
    Phrasing("speaker_phrase", "Ana M. Ortiz said the toll was 12.", "said", "Ana M. Ortiz"),
    Phrasing("speaker_phrase", "The fund is empty, said District Judge Tomas K. Berg.", "said",
             "District Judge Tomas K. Berg"),
    Phrasing("speaker_phrase", "Economists polled by the paper had forecast a 2 percent rise.",
             "forecast", "Economists polled by the paper"),
    Phrasing("speaker_phrase", "Ortiz, who claimed victory, said turnout hit 60 percent.",
             "said", "Ortiz"),
    Phrasing("speaker_phrase", "Six in 10 said they would back the levy.", "said",
             "Six in 10"),
    Phrasing("speaker_phrase", "Officials there said 40 homes were lost.", "said",
             "Officials there"),
    Phrasing("speaker_phrase", "A spokeswoman for the firm, who declined to be named, said 40 "
             "staff would go.", "said", "A spokeswoman for the firm"),
    Phrasing("speaker_phrase", "About one in four said the tax was too high.", "said",
             "one in four"),
    Phrasing("speaker_phrase", "Roe, who said the plan would cost $4 million, resigned.",
             "said", "Roe, who"),
    Phrasing("speaker_phrase", "The board hired Ana Lima, who told staff 40 posts would go.",
             "told", "Ana Lima, who"),
    Phrasing("speaker_phrase", "Several said they had waited 3 hours.", "said", "Several"),
    Phrasing("speaker_phrase", "Two in three said they would vote.", "said", "Two in three"),
    Phrasing("speaker_phrase", "Ortiz, an aide to the mayor since 2019, said the plan was "
             "dead.", "said", "Ortiz"),
    Phrasing("speaker_phrase", "Prices fell, the bank, which cut rates twice, said.", "said",
             "the bank"),
    # sources after "according to", document and poll subjects, "citing"
    Phrasing("source", "According to the report, 40 people died.", "According to",
             "the report"),
    Phrasing("source", "According to a new report, 40 people died.", "According to",
             "a new report"),
    Phrasing("source", "Inflation eased to 2 percent, the bank said.", "said", "the bank"),
    Phrasing("source", "According to first tallies of street polls, 40 percent were undecided.",
             "According to", "first tallies of street polls"),
    Phrasing("source", "Turnout rose to 61 percent, according to a yearly survey.",
             "according to", "a yearly survey"),
    Phrasing("source", "A poll of Ohio released on Tuesday showed Roe with a 16-point lead.",
             "showed", "A poll of Ohio released on Tuesday"),
    Phrasing("source", "Pupils sit 112 tests a year, a study by the city council found.",
             "found", "a study by the city council"),
    Phrasing("source", "The health minister, Ana Ortiz, said late Sunday that 80 people "
             "were hurt.", "said", "Ana Ortiz"),
    Phrasing("source", "Reuters reported, citing two sources, that 40 jobs would go.",
             "reported", "Reuters"),
    Phrasing("source", "Polls show 40 percent of voters are undecided.", "show", "Polls"),
    Phrasing("source", "Polls in Ohio show the race is tied at 45 percent.", "show",
             "Polls in Ohio"),
    Phrasing("source", "A poll released on Tuesday showed 40 percent backed the plan.",
             "showed", "A poll released on Tuesday"),
    Phrasing("speaker_phrase", "''We will need 40 more buses,'' the official said.", "said",
             "the official"),
    Phrasing("speaker_phrase", '"We lost 3 seats," the two write.', "write", "the two"),
    Phrasing("speaker_phrase", "Mara May, 60, a nurse, said 12 beds were empty.", "said",
             "Mara May"),
    Phrasing("speaker_phrase", "A source familiar with the mayor's thinking said 40 posts "
             "would go.", "said", "A source familiar with the mayor's thinking"),
    Phrasing("speaker_phrase", '"We were wrong," Ramos, 58, told the Courier in a call on '
             'Monday.', "told", "Ramos"),
    # a frame inside a relative clause whose gap is the content's subject
    Phrasing("relative", "She sent a memo that she said was written by the agency.", "said",
             "she"),
    Phrasing("relative", "The plant lost money that officials said would cost $40 million to "
             "recover.", "said", "officials"),
    Phrasing("relative", "Rents rose in Lisbon, which the agency says had the lowest rents in "
             "2019.", "says", "the agency"),
    Phrasing("relative", "The leases, which he estimates will run for 10 more years, are "
             "costly.", "estimates", "he"),
    Phrasing("relative", "The dispute on which the panel has ruled involved about 40 farms.",
             "ruled", None),
    # a frame after its content, with a tail
    Phrasing("tail", "Prices will rise, she said at a rally in Ohio on Friday, where she "
             "spoke for 40 minutes.", "said", "she"),
    Phrasing("tail", '"We lost 3 seats," Ortiz said, in a jab at the mayor.', "said", "Ortiz"),
    Phrasing("tail", "The vote was rigged, he said of the count.", "said", "he"),
    Phrasing("tail", '"Turnout fell by 9 percent," he points out.', "points out", "he"),
    Phrasing("tail", '"I am voting for the 40-year-old," she said and hung up.', "said", "she"),
    Phrasing("tail", '"There is a risk," she told an audience of bankers and traders at the '
             'forum.', "told", "she"),
    Phrasing("tail", '"We need 40 more nurses," she told CNN in an interview taped on '
             'Monday.', "told", "she"),
    # colon and headline credits
    Phrasing("credit", 'Mayor Lena Fisk: "We need 300 more nurses."', ":", "Mayor Lena Fisk"),
    Phrasing("credit", "Mayor Says Budget Will Rise By 40 Percent", "Says", "Mayor"),
    Phrasing("credit", "Update: The road reopened after 3 days.", ":", None),
    Phrasing("credit", "OKAFOR: We will hire 40 nurses, Okafor told the panel.", ":",
             "OKAFOR"),
    Phrasing("credit", "BREAKING: The road reopened after 3 days.", ":", None),
    Phrasing("credit", 'More from the audit: "Spending rose 12 percent."', ":", "the audit"),
    Phrasing("credit", 'The dean, Tom Berg: "We lost 3 staff."', ":", "Tom Berg"),
    Phrasing("credit", 'The mayor told Channel 4: "We lost 3 staff."', ":", None),
    Phrasing("credit", '"We will hire 40 nurses."\n\n- Dana Okafor.', "-", "Dana Okafor"),
    Phrasing("credit", '"We will hire 40 nurses."\n\nDana Okafor, nurse.', "", "Dana Okafor"),
    Phrasing("credit", '"We will hire 40 nurses."\n\nHiring Begins In Dover.', "", None),
    Phrasing("credit", 'Said Ortiz, "We lost 3 agents."', "Said", "Ortiz"),
    Phrasing("credit", 'Said Ortiz: "We lost 3 agents."', ":", None),
    Phrasing("credit", "Thought costs 3 dollars.", "Thought", None),
    # a participle coordinated with an earlier one shares its speaker
    Phrasing("coordinated_participle", "The governor hit back, calling the audit biased and "
             "insisting the state had saved $40 million.", "insisting", "The governor"),
    Phrasing("coordinated_participle", "Ortiz toured the plant, praising its 300 workers and "
             "promising to keep it open.", "promising", "Ortiz"),
    Phrasing("coordinated_participle", "She is visiting 12 towns this week and telling voters "
             "the tax will fall.", "telling", "She"),
    Phrasing("coordinated_participle", "He came in, including the 40 delegates and saying "
             "nothing.", "saying", None),
    # a subject set off from its verb by dashes or brackets
    Phrasing("parenthesis", "Lena Fisk - a nurse from Dover - says 40 beds were cut.", "says",
             "Lena Fisk"),
    Phrasing("parenthesis", "The judge -- who has sat for 30 years -- said the case was "
             "weak.", "said", "The judge"),
    Phrasing("parenthesis", "Sen. Ana Ruiz (a Democrat elected in 2018) says the bill costs "
             "$3 billion.", "says", "Sen. Ana Ruiz"),
    Phrasing("parenthesis", "Rep. Tom Berg (R-Ohio) last week said 40 files were lost.",
             "said", "Rep. Tom Berg"),
    Phrasing("parenthesis", "Costs rose - by 12 percent - said the treasurer.", "said",
             "the treasurer"),
    # proportions of people as speakers
    Phrasing("proportion", "About 3 in 10 said they had skipped a meal.", "said", "3 in 10"),
    Phrasing("proportion", "Some 45 percent say the mayor has done well.", "say",
             "Some 45 percent"),
    Phrasing("proportion", "Sales rose 40 percent, the firm said.", "said", "the firm"),
    # data and records as the subjects of "show", "find", "suggest"
    Phrasing("document", "Recent polling shows the mayor ahead by 9 points.", "shows",
             "Recent polling"),
    Phrasing("document", "Most of the money came from 12 firms, tax filings show.", "show",
             "tax filings"),
    Phrasing("document", "An average of recent surveys shows a 4-point lead.", "shows",
             "An average of recent surveys"),
    Phrasing("document", "New Survey Shows 40 Percent Of Voters Undecided", "Shows",
             "New Survey"),
    Phrasing("document", "The photos showed 40 tents in the square.", "showed", None),
    Phrasing("document", "A poll from Vale Law School released Friday found Roe ahead by 15 "
             "points.", "found", "A poll from Vale Law School released Friday"),
    Phrasing("document", "A new survey of those 21 to 30 years old shows a 55-41 split.",
             "shows", "A new survey of those 21 to 30 years old"),
    # the subject of a participle is the main clause's, not a subordinate clause's
    Phrasing("participle", "The union objected after Ohio cut the week, saying 40 towns were "
             "hurt.", "saying", "The union"),
    Phrasing("participle", "Roe apologized for the posts after they surfaced, saying they "
             "were 12 years old.", "saying", "Roe"),
    Phrasing("apposition", "Tom Berg, a senior adviser to Ms. Lima and past head of the "
             "Dover Union, said that Ms. Lima's plan cost 40 votes.", "said", "Tom Berg"),
    Phrasing("apposition", "Gov. Ana Lima of Ohio, a Democrat who has refused to back Roe, "
             "said the 12 families deserved better.", "said", "Gov. Ana Lima of Ohio"),
    # a cue whose colon ends the sentence announces what follows
    Phrasing("announce", "In a memo to staff, Okafor wrote:", "wrote", "Okafor"),
    Phrasing("announce", "The agency notes:", "notes", "The agency"),
    # set adjuncts between a subject or auxiliary and its verb
    Phrasing("adjunct", "Two unions have in fact reported spending $277,000 on mailers.",
             "reported", "Two unions"),
    Phrasing("adjunct", "His aides have in the past said the fund held $3 million.", "said",
             "His aides"),
    Phrasing("adjunct", "Roe cut 12 posts and on Monday announced 40 more would go.",
             "announced", "Roe"),
    # forecasts: "expect" with a figure in its object or infinitive
    Phrasing("forecast", "Election officials are expecting a turnout of 4 million voters.",
             "expecting", "Election officials"),
    Phrasing("forecast", "The two firms expect to save $2 billion by 2030.", "expect",
             "The two firms"),
    Phrasing("forecast", "The two firms expect a long fight.", "expect", None),
    Phrasing("parenthesis", 'A spokeswoman for the firm - a 12-person shop sold as "the best" '
             '- noted that it offers 8 weeks of leave.', "noted", "A spokeswoman for the firm"),
    Phrasing("relative", "Roe repeated his claim that Lima admitted 250,000 migrants.",
             "admitted", "Lima"),
    Phrasing("apposition", "Her Ohio rival, businessman Tom Berg, said the levy cost $40 "
             "million.", "said", "businessman Tom Berg"),
    Phrasing("apposition", "His lawyer, former state senator Ana Lima, told the court 12 files "
             "were missing.", "told", "former state senator Ana Lima"),
    Phrasing("apposition", 'Lind, who calls the levy a "scam," said it costs $40 million.',
             "said", "Lind"),
    Phrasing("apposition", 'Taxes rose, Roe said, by 12 percent, as Ana Lima, quoting the '
             'words "we lost," said before she left.', "said", "Roe"),
    # verbs of answering
    Phrasing("answer", "The airline did not respond to a request for comment.", "respond",
             "The airline"),
    Phrasing("answer", "Ortiz responded to the 40-page audit with a letter.", "responded",
             "Ortiz"),
    Phrasing("answer", "The mayor responds that 12 schools will stay open.", "responds",
             "The mayor"),
    Phrasing("answer", "Ortiz did not say when the 12 plants would close.", "say", "Ortiz"),
    Phrasing("answer", "Ortiz does not claim to own 40 acres.", "claim", None),
    Phrasing("answer", "The 40 heaters have not been recalled.", "recalled", None),
    Phrasing("answer", "The army would strike back and would respond, if needed, within 48 "
             "hours.", "respond", None),
    # a passive question with its agent opening the sentence
    Phrasing("asked_by", "Asked by the moderator whether taxes would rise by 5 percent, Roe "
             "smiled.", "Asked", "the moderator"),
    Phrasing("asked_by", "Roe was asked by a voter how she would pay for 40 new clinics.",
             "asked", "a voter"),
    # a speaker after a quote, with appositions holding commas
    Phrasing("apposition", '"We closed 3 wards," Mara Lind, 58, a nurse in Dover, Ohio, said '
             'on Monday.', "said", "Mara Lind"),
    Phrasing("apposition", '"It cost $4 million," Tomas Berg Jr., the county treasurer, said.',
             "said", "Tomas Berg Jr."),
    Phrasing("apposition", "Rents rose 8 percent, Ana Ruiz Sr. said.", "said", "Ana Ruiz Sr."),
    # verbs of thinking and knowing before a plain clause
    Phrasing("cognition", "I think this levy is 20 percent too high.", "think", "I"),
    Phrasing("cognition", "Okafor thought the deficit would reach $9 billion.", "thought",
             "Okafor"),
    Phrasing("cognition", "We know 40 families lost their homes.", "know", "We"),
    Phrasing("cognition", "Lind knew the vote would fail by 3 seats.", "knew", "Lind"),
    Phrasing("cognition", "We all know the 40 names on that list.", "know", None),
    Phrasing("cognition", "You know, it took 12 years.", "know", None),
    Phrasing("cognition", "The Lind show that aired on Friday drew 40,000 viewers.", "show",
             None, bug="a capitalised modifier before a noun form before 'that' is read as "
                       "a speaker and its verb"),
    # words that only look like cues, and words that are no speakers
    Phrasing("not_a_cue", "Turnout was high in battleground states.", "states", None),
    Phrasing("not_a_cue", "Officials ignored mounting calls for 30 new schools.", "calls for",
             None),
    Phrasing("not_a_cue", '"We urge both sides to free the 40 hostages," the envoy said.',
             "urge", None),
    Phrasing("not_a_cue", "The family said 40 guests came.", "said", "The family"),
    Phrasing("not_a_cue", "WASHINGTON - Officials said 40 people died.", "said", "Officials"),
    Phrasing("not_a_cue", "The proposed tax would raise $3 billion.", "proposed", None),
    Phrasing("not_a_cue", "She runs a liberal think tank with 40 staff.", "think", None),
    Phrasing("not_a_cue", "The city encouraged residents to report 40 potholes.", "report",
             None),
    # speaker phrases: groups counted by age, long organisation names in relative clauses
    Phrasing("speaker_phrase", "Those over 60 say the levy is 20 percent too high.", "say",
             "Those over 60"),
    Phrasing("speaker_phrase", "Voters under 30 said the plan would cost $40 a month.", "said",
             "Voters under 30"),
    Phrasing("speaker_phrase", "Rents in 2019 said little about the 40 empty flats.", "said",
             None),
    Phrasing("relative_gap", "The floor is above the one in Peru, which the Council for "
             "Rural Trade and Farm Credit says was the highest in 2016.", "says",
             "the Council for Rural Trade and Farm Credit"),
    Phrasing("cue_word", '"We lost 40 beds," Okafor says, but she cautions that 12 more may '
             "close.", "cautions", "she"),
    # a hearer and a longer adjunct before "that", "whether" or "if"
    Phrasing("hearer", "Okafor told the crowd at his rally for nurses that he had raised $6 "
             "million.", "told", "Okafor"),
    Phrasing("hearer", "Okafor told the Courier before he spoke that 40 beds were lost.",
             "told", "Okafor"),
    Phrasing("hearer", "The host asked the mayor during a radio call-in if she would cut 300 "
             "jobs.", "asked", "The host"),
    Phrasing("hearer", "She asked the clerk at the desk for 40 forms.", "asked", "She"),
    Phrasing("hearer", "Okafor has told donors since March, at dinners and on calls, that 40 "
             "seats are in play.", "told", "Okafor"),
    Phrasing("tail", "Sen. Ana Ortiz (D-Ore.) said after a dinner on Friday that she had not "
             "read the $4 billion plan.", "said", "Sen. Ana Ortiz"),
    Phrasing("tail", "Okafor said in a long memoir of the 1990s that 40 women disliked the "
             "plan.", "said", "Okafor"),
    Phrasing("not_a_cue", "The mayor has the last say over whether 40 staff go.", "say", None),
    # a to-infinitive of purpose after a verb of going or using
    Phrasing("infinitive", "Okafor went on television to declare that 40 seats were won.",
             "declare", "Okafor"),
    Phrasing("infinitive", "She took the stage on Tuesday night to acknowledge her 12-point "
             "win.", "acknowledge", "She"),
    Phrasing("infinitive", "The senator used the speech to call for 40 new judges.",
             "call for", "The senator"),
    Phrasing("infinitive", "If it takes so long to hire 40 clerks, the office will wait.",
             "confirm", None),
    Phrasing("infinitive", "The delay caused many to wonder if 40 staff had left.", "wonder",
             "many"),
    Phrasing("infinitive", "The vote went against her, leaving voters to ask whether 40 "
             "seats were lost.", "ask", "voters"),
    # a participle with its agent after the noun it modifies
    Phrasing("passive", "The campaign, first reported by the Courier, will cost $40 million.",
             "reported", "the Courier"),
    Phrasing("passive", "It is a fact first reported by Dana Lind, a reporter, in 2012.",
             "reported", "Dana Lind"),
    Phrasing("passive", "The 40 deaths, revealed by the audit in May, shocked the city.",
             "revealed", "the audit"),
    # an as-clause after a comma, inside or after its content
    Phrasing("as_clause", "The town, as she said at the start, lost 40 beds.", "said", "she"),
    Phrasing("as_clause", "Prices rose 4 percent, as the bank predicted.", "predicted",
             "the bank"),
    Phrasing("as_clause", "The 40-seat party, as we now know it, is gone.", "know", None),
    Phrasing("as_clause", "Okafor smiled, as if noting the 40 empty seats.", "noting", None),
    # an -ly adverb between the cue and its colon, quote or "that"
    Phrasing("tail", 'Then she added warily: "We may lose 40 more."', "added", "she"),
    Phrasing("tail", "The mayor said firmly that 40 beds would stay.", "said", "The mayor"),
    # a restrictive relative clause between the speaker and the cue (no commas)
    Phrasing("speaker_phrase", "Officials who reviewed the plan said 40 jobs would go.", "said",
             "Officials who reviewed the plan"),
    Phrasing("speaker_phrase", "Analysts who follow the chain say sales will fall 4 percent.",
             "say", "Analysts who follow the chain"),
    Phrasing("speaker_phrase", "Voters who backed Roe in 2020 said 12 polling places had closed.",
             "said", "Voters who backed Roe in 2020"),
    Phrasing("speaker_phrase", "The nurses who attended said 300 patients waited.", "said",
             "The nurses who attended"),
    Phrasing("speaker_phrase", "Studies that examined the records found a 12 percent rise.",
             "found", "Studies that examined the records"),
    Phrasing("speaker_phrase", "The memo that circulated said 40 posts would go.", "said",
             "The memo that circulated"),
    Phrasing("speaker_phrase", "Officials who met in May said 40 jobs would go.", "said",
             "Officials who met in May"),
    Phrasing("speaker_phrase", '"According to a broker who said 40 flats were empty, rents '
             'rose," she wrote.', "said", "a broker who"),
    Phrasing("speaker_phrase", "Firms that violate licensing rules pay $4,000 fines.", "rules",
             None),
    Phrasing("speaker_phrase", "The city cannot say how many of its 40 wells are dry.", "say",
             "The city"),
    # a short aside before an indirect question
    Phrasing("tail", "Reporters asked, again and again, whether 40 staff had left.", "asked",
             "Reporters"),
    Phrasing("tail", "He wondered, as many do, why 40 staff had left.", "wondered", "He"),
    # a verb coordinated with a frame that closes a quote
    Phrasing("coordination", '"We lost 40 beds," she said, but added that 12 more may close.',
             "added", "she"),
    Phrasing("coordination", '"Rents rose 9 percent," said Dana Lind, and warned that 40 '
             "families may leave.", "warned", "Dana Lind",
             "a closing frame with its speaker after the verb is not continued"),
    Phrasing("coordination", '"It was a 40-point win," he said - and argued for 12 more seats.',
             "argued", "he", "a dash before the conjunction is not read as a closing frame"),
    # verbs of showing with an object and an -ing verb
    Phrasing("small_clause", "The footage shows Okafor handing out 40 bonuses.", "shows",
             "The footage"),
    Phrasing("small_clause", "The poll shows voters in Ohio backing Lind by 12 points.",
             "shows", "The poll"),
    Phrasing("small_clause", "The film shows the mayor wanting to cut 300 jobs.", "shows",
             "The film"),
    Phrasing("small_clause", "The museum shows paintings including 40 by Lind.", "shows", None),
    Phrasing("small_clause", "The bias starts to show when looking at 40 ratings.", "show",
             None),
    Phrasing("small_clause", "Okafor cited polls that show him leading Lind by 12 points.",
             "show", "polls that"),
    Phrasing("small_clause", "Fans still talk about that show from 1990.", "show", None),
    # "related" reports only before "that" or a colon
    Phrasing("cue_word", "The bishop later related that 12 churches had closed.", "related",
             "The bishop"),
    Phrasing("cue_word", "The related costs rose 40 percent.", "related", None),
    Phrasing("cue_word", "Rents related to the 40 new flats rose.", "related", None),
    # "imply" reports a clause like "suggest"
    Phrasing("cue_word", "She implied the clinic had lost 40 nurses.", "implied", "She"),
    Phrasing("cue_word", "The governor implied that 300 jobs were at risk.", "implied",
             "The governor"),
    Phrasing("cue_word", "The implied cost of the plan is $4 million.", "implied", None),
    # "dispute" rejects a claim like "deny"; the noun and the adjective make no frame
    Phrasing("cue_word", "The landlord disputed the tenants' count of 40 broken heaters.",
             "disputed", "The landlord"),
    Phrasing("cue_word", "The ministry disputes that 300 people were held.", "disputes",
             "The ministry"),
    Phrasing("cue_word", "Ortiz has not disputed that the fund lost $2 million.", "disputed",
             "Ortiz"),
    Phrasing("cue_word", "The two firms are in a dispute over 40 patents.", "dispute", None),
    Phrasing("cue_word", "The disputed 40 acres lie north of the river.", "disputed", None),
    # an inverted speaker phrase holding a figure
    Phrasing("speaker_phrase", '"We lost 40 beds," said the 46-year-old.', "said",
             "the 46-year-old"),
    Phrasing("speaker_phrase", '"Turnout fell by a third," said a 2008 campaign veteran.',
             "said", "a 2008 campaign veteran"),
    Phrasing("speaker_phrase", "Rents rose 9 percent, said the 2012 audit.", "said",
             "the 2012 audit"),
    Phrasing("speaker_phrase", '"We lost 40 beds," said 40 nurses in a letter.', "said", None),
    # "went on" closing or opening a quote
    Phrasing("quote_only", '"We will need 40 more nurses," he went on.', "went on", "he"),
    Phrasing("quote_only", 'The senator went on: "We lost 12 beds."', "went on",
             "The senator"),
    Phrasing("quote_only", "The talks went on for 12 hours.", "went on", None),
    Phrasing("quote_only", "The list of donors goes on, including 40 banks.", "goes on", None),
    # relative clauses whose own subject is the gap ("what she said was", no relative word)
    Phrasing("relative_gap", "The board cut a grant to what she said was a club of 40 members.",
             "said", "she"),
    Phrasing("relative_gap", "Voters blamed him for what he says were 300 lost jobs.", "says",
             "he"),
    Phrasing("relative_gap", "The town faces a shortfall the treasurer said could reach $4 "
             "million.", "said", "the treasurer"),
    Phrasing("relative_gap", "In a speech the mayor said would be her last, she promised 40 "
             "parks.", "said", "the mayor"),
    Phrasing("relative_gap", "The first thing he said was that 40 jobs would go.", "said", None),
    Phrasing("relative_gap", "It is a trend Okafor said would cost 300 jobs.", "said", "Okafor",
             "the noun-phrase reader takes 'a trend Okafor' as one name phrase"),
]


# a cue whose object is the gap of a relative clause ("object_gap"), and what is not one
ROWS += [
    # a copula before the conjunction is no passive: the coordinated cue shares the subject
    Phrasing("coordinated", "She is a nurse but admits that 40 beds are empty.", "admits",
             "She"),
    Phrasing("coordinated", "He's a farmer from Ohio and thinks 12 mills will close.", "thinks",
             "He"),
    Phrasing("coordinated", "He was hauled in and told to pay $400.", "told", None),
    Phrasing("coordinated", "The tape is a focus for crowds, who marched and called for the 40 "
             "files to be released.", "called for", None),
    Phrasing("coordinated", "It was a bold and calculated move to cut 40 posts.", "calculated",
             None),
    # a past verb listed after another shares the subject when a clause follows it
    Phrasing("coordinated", "The board hid the audit, admitted that 40 files were lost, and "
             "resigned.", "admitted", "The board"),
    Phrasing("coordinated", "She backed the levy, argued it would raise $2 million and left.",
             "argued", "She"),
    Phrasing("coordinated", "The envoy toured the port, cited the 12 new berths and left.",
             "cited", None),
    Phrasing("coordinated", "Roe, who chaired the panel, argued 40 posts were needed.",
             "argued", "Roe"),
    # with no comma, a verb coordinated inside an adverbial clause shares that clause's
    # subject; not inside "whether", nor after a preposition
    Phrasing("coordinated", "Lima quit after Roe toured the mill and said 40 jobs would go.",
             "said", "Roe"),
    Phrasing("coordinated", "The crowd cheered when she took the stage and promised 12 new "
             "schools.", "promised", "she"),
    Phrasing("coordinated", "Lima is deciding whether Roe can sue but said 40 files are "
             "missing.", "said", "Lima"),
    Phrasing("coordinated", "Lima went after Roe for the delay and said 40 trains were late.",
             "said", "Lima"),
    Phrasing("coordinated", "The firm cut 300 jobs after demand fell sharply and said 40 more "
             "would go.", "said", "The firm"),
    Phrasing("coordinated", "Officials closed the road before the river crested and warned "
             "that 400 homes could flood.", "warned", "Officials"),
    Phrasing("coordinated", "Lima left the room after both sides met and said 40 issues "
             "remained.", "said", "both sides"),
    # a verb that takes the cue as its -ing complement shares its subject
    Phrasing("catenative", "Ana Lima could not resist noting that 40 mills had closed.",
             "noting", "Ana Lima"),
    Phrasing("catenative", "The mayor was able to tout a 12 percent fall in crime.", "tout",
             "The mayor"),
    # "'re", "'m" and "am" are auxiliaries like "are" ("They're saying ...")
    Phrasing("auxiliary", "They're saying that 40 mills will close.", "saying", "They"),
    Phrasing("auxiliary", "I’m telling you the fee is $40.", "telling", "I"),
    Phrasing("auxiliary", "I am saying that 12 seats are empty.", "saying", "I"),
    # an opening as-clause whose subject is no speaker phrase is a clause of time or manner
    Phrasing("as_clause", "As of the last report, the fund held $3 million.", "report", None),
    Phrasing("as_clause", "As she rose to cast the 40 votes of her state, the hall cheered.",
             "state",
             None),
    Phrasing("as_clause", "But as Roe widens her margin among pledged delegates, 40 aides quit.",
             "pledged", None),
    Phrasing("as_clause", "As another poll from 2011 noted, the median age was 44.", "noted",
             "another poll from 2011"),
    Phrasing("as_clause", "As one local blogger pointed out, the fee was $40 in 2012.",
             "pointed out", "one local blogger"),
    # a medial as-clause with a long tail, or between dashes
    Phrasing("as_clause", "Her grasp of detail is an asset, as she showed in the debates "
             "against her two rivals.", "showed", "she"),
    Phrasing("as_clause", "The race is tied, as Roe said on the Courier's radio program on "
             "Monday, so 40 votes matter.", "said", "Roe"),
    # "find" with an object and an adjective of judgement reports the judgement
    Phrasing("judgement", "I find his plan for 40 new posts troubling.", "find", "I"),
    Phrasing("judgement", "Critics find the $40 levy unfair.", "find", "Critics"),
    Phrasing("judgement", "Soon, she found the 12 new wards wholly adequate.", "found", "she"),
    Phrasing("judgement", "The crew found the 40 crates, loaded them and left.", "found", None),
    Phrasing("judgement", "They found the 2 hikers floating in the lake.", "found", None),
    Phrasing("judgement", "I find it hard to judge, with 40 people there.", "find", None),
    # a late "that" past a long adjunct, with commas in pairs setting off a place or a time
    Phrasing("late_that", "Roe is telling a crowd of farmers in Dover, Ohio, on the last day "
             "of the fair that 40 mills will reopen.", "telling", "Roe"),
    Phrasing("late_that", "She has told aides since March, in memos and at staff meetings, "
             "that the race will cost $40 million.", "told", "She"),
    # a sentence adverb with no comma before the subject pronoun is no subject
    Phrasing("opener", "Still he voted no and said the bill would cost $4 million.", "said",
             "he"),
    Phrasing("opener", "Later Roe said 40 people had left.", "said", "Roe",
             "the noun-phrase walk takes a capitalised sentence adverb into the name"),
    Phrasing("object_gap", "The 12 pages that the panel later confirmed were lost.", "confirmed",
             "the panel"),
    Phrasing("object_gap", "A pay rise of 4 percent is a figure which the union disputes.",
             "disputes", "the union"),
    Phrasing("object_gap", "The book she wrote sold 40,000 copies.", "wrote", None),
    Phrasing("object_gap", "The vote was called at 9 p.m., and the board noted that Ortiz "
             "conceded.", "conceded", None),
    Phrasing("object_gap", "It cost $3 million, as much as anything the mayor said on stage.",
             "said", None),
    Phrasing("object_gap", "The first thing he said was that 40 jobs would go.", "said", None),
]


# a duration adjunct between the cue and its content
ROWS += [
    Phrasing("duration", "Okafor has said for months that 40 beds are missing.", "said",
             "Okafor"),
    Phrasing("duration", "The league has argued for the past two years the fee is $300.",
             "argued", "The league"),
    Phrasing("duration", "The clinic admitted for the first time that 12 files were lost.",
             "admitted", "The clinic"),
    # a verb coordinated inside a subordinate clause set off from the main one
    Phrasing("coordination", "Lind, though she thanked the staff and said 40 nurses had quit, "
             "backed the plan.", "said", "she"),
    Phrasing("coordination", "When Berg later rose and said the mill had lost $2 million, the "
             "room went quiet.", "said", "Berg"),
    # verbs of issuing a statement, sending a message, and set phrases before a cue
    Phrasing("statement", "The league put out a statement praising the 40 referees.",
             "put out a statement", "The league"),
    Phrasing("statement", "A statement was issued on Friday.", "issued", None),
    Phrasing("statement", "The firm released 40 new phones.", "released", None),
    Phrasing("sending", "She texted her staff saying 12 desks would move.", "saying", "She"),
    Phrasing("sending", "Okafor wrote in his notebook explaining the 40 cuts.", "explaining",
             None),
    Phrasing("lead_phrase", "Ortiz isn't saying how many of the 40 posts will go.", "saying",
             "Ortiz"),
    Phrasing("lead_phrase", "When she came back, she began by saying 12 seats were empty.",
             "saying", "she"),
    Phrasing("cue_word", "The council urged residents not to use the 3 closed roads.",
             "urged", "The council"),
    # verbs that report what their object names
    Phrasing("object_cue", "He talked about the 40 farms that had closed.", "talked about",
             "He"),
    Phrasing("object_cue", "Okafor described the $2 million loss as a blip.", "described",
             "Okafor"),
    Phrasing("object_cue", "The mayor dismissed the 12 complaints as noise.", "dismissed",
             "The mayor"),
    Phrasing("object_cue", "She recounted the 3 nights she spent at the border.", "recounted",
             "She"),
    Phrasing("object_cue", "The trade talks about 40 tariffs stalled.", "talks about", None),
    Phrasing("object_cue", "We believe in a 40-hour week.", "believe", "We"),
    Phrasing("object_cue", "The board will think about the 12 bids.", "think", "The board"),
    # inverted speakers: titles with "of", a relative clause before an opening quote
    Phrasing("speaker_phrase", '"We lost 40 seats," said former minister of labour Ana Lind.',
             "said", "former minister of labour Ana Lind"),
    Phrasing("speaker_phrase", 'Said Tomas Berg, who ran the mill for 12 years, "It was '
             'sold."', "Said", "Tomas Berg"),
    Phrasing("speaker_phrase", '"Costs rose 4 percent," Berg said of the 12 projects.', "said",
             "Berg"),
    # adjectives that take the cue as their infinitive, "point out" with an object
    Phrasing("lead_phrase", "The clubs were both quick to point out that 12 grounds are full.",
             "point out", "The clubs"),
    Phrasing("lead_phrase", "Ortiz was not willing to say how the 40 seats would split.", "say",
             "Ortiz"),
    Phrasing("object_cue", "The guide pointed out 12 paintings to the visitors.",
             "pointed out", None),
    Phrasing("statement", "Lind wrote a $40 check.", "wrote", None),
    Phrasing("statement", "The mayor made no mention of the 40 layoffs.", "made no mention",
             "The mayor"),
    Phrasing("statement", "The club made several upbeat comments about its 12 signings.",
             "made several upbeat comments", "The club"),
    Phrasing("statement", "Okafor gave a speech in Dover on the 40 mills.", "gave a speech",
             None),
    Phrasing("statement", "The firm made a profit of $4 million.", "made a profit", None),
    # words between a subject and its verb: floated quantifiers, "soon", "in particular"
    Phrasing("between", "Okafor and Lind have both argued that 40 mills closed.", "argued",
             "Okafor and Lind"),
    Phrasing("between", "They all said 12 buses ran late.", "said", "They"),
    Phrasing("between", "The auditor soon learned that 40 files were gone.", "learned",
             "The auditor"),
    Phrasing("between", "Two tenants had in particular noted that 40 flats were damp.",
             "noted", "Two tenants"),
    Phrasing("lead_phrase", "Okafor kept asking the clerk about the 40 missing files.",
             "asking", "Okafor"),
    Phrasing("cue_word", "The league asked the court for a ruling on the 12 fines.", "asked",
             "The league"),
    # an aside before an indirect question
    Phrasing("tail", "She asked, as others had, why 40 buses were idle.", "asked", "She"),
    # verbs of knowing before an indirect question
    Phrasing("knowing", "The treasurer knows how hard it is to find 40 new nurses.", "knows",
             "The treasurer"),
    Phrasing("knowing", "We still do not know how many of the 300 ferries were sold.", "know",
             "We"),
    Phrasing("knowing", "Neither clinic knows which of the 12 wards will close.", "knows",
             "Neither clinic"),
    # weak cues after "seem to", and document subjects with a relative clause
    Phrasing("document_subject", "A fresh audit seems to show that the port lost 40 cranes.",
             "show", "A fresh audit"),
    Phrasing("document_subject", "The one survey that was taken before the vote showed a gap "
             "of 12 points.", "showed", "The one survey that was taken before the vote"),
    Phrasing("document_subject", "The light show seems to draw 40 visitors a night.", "show",
             None),
    # a clause after an inverted verb is no speaker phrase, even with a figure in it
    Phrasing("inverted", 'Berg, the author of "Low Tide," said the harbour lost 40 boats.',
             "said", "Berg"),
    # a longer setting adjunct before a comma and a quote
    Phrasing("tail", 'Okafor said at a forum in Dover on Monday, "We need 40 more nurses."',
             "said", "Okafor"),
    # a piece of writing names a topic, not a piece of music
    Phrasing("issued", "Berg wrote a piece of music for 40 singers.", "wrote a piece", None),
    # a promise held by a possessor before a to-infinitive; not a promise to a hearer
    Phrasing("possessed", "Berg's vow to build 40 homes a year fell short.", "vow", "Berg"),
    Phrasing("possessed", "His promise to the 40 families was kept.", "promise", None),
    Phrasing("possessed", "The costs go beyond Okafor's pledge to fix 40 roads.", "pledge",
             "Okafor"),
    Phrasing("knowing", "Does anyone know what the 40 new posts cost?", "know", None),
    Phrasing("reduced_relative", "Filers reporting more than $40,000 in income pay more.",
             "reporting", None),
    # an indirect question after "ask", whatever its verb
    Phrasing("cue_word", "A clerk asked if the 40 new forms meant more work.", "asked",
             "A clerk"),
    # a verb coordinated with a progressive shares its subject; "poised to" before a cue
    Phrasing("coordinated", "The dean was praising the staff but admitted 40 exams were lost.",
             "admitted", "The dean"),
    Phrasing("coordinated", "The clerk was sent home and told to return 40 files.", "told",
             None),
    Phrasing("between", "The union is poised to argue that 400 posts are at risk.", "argue",
             "The union"),
    # a colon before a tally or a roster credits no one; a cue form before a relative "that"
    Phrasing("colon", "Ana Lima: 1,204.", ":", None),
    Phrasing("colon", "Dover: Ana Lima, Jo Roe, Tom Berg, Mia Hart.", ":", None),
    Phrasing("colon", "Ana Lima: We need 40 more nurses.", ":", "Ana Lima"),
    Phrasing("cue_word", "The charter states that members will pay $40 a year.", "states",
             "The charter"),
    Phrasing("cue_word", "A second chart shows that eight of 10 pears are grown abroad.",
             "shows", "A second chart"),
    Phrasing("document_subject", "The mill owed $4 million, port tax records compiled by the "
             "auditor show.", "show", "port tax records compiled by the auditor"),
    # a frame with a hearer after "to", in the sentence after the quote it credits
    Phrasing("after_quote", '"We have 40 beds left." Okafor said to reporters.', "said",
             "Okafor"),
    Phrasing("after_quote", '"We have 40 beds left." Okafor vowed to stay.', "vowed",
             "Okafor"),
    # title-case headlines with verbs of announcing and revealing
    Phrasing("headline", "Mayor Lima Announces Plan To Hire 40 Nurses.", "Announces",
             "Mayor Lima"),
    Phrasing("headline", "Leaked Memos Reveal Port Lost 40 Boats.", "Reveal", "Leaked Memos"),
    Phrasing("headline", "Mayor Lima Promises 40 New Nurses By June.", "Promises",
             "Mayor Lima"),
    Phrasing("headline", "Rail Workers Explain Why Fares Rose 4 Percent.", "Explain",
             "Rail Workers"),
    Phrasing("headline", "New Polls Show Ortiz Ahead By 12 Points.", "Show", "New Polls"),
    Phrasing("headline", "Ortiz Tweets That Turnout Hit 40 Percent.", "Tweets", "Ortiz"),
    # a pronoun inside a subordinate clause of a fronted phrase is not the main subject
    Phrasing("opener", "On the night after he won the vote Roe spoke and said 40 towns backed "
             "him.", "said", "Roe", "a fronted phrase holding a clause, with no comma, hides "
             "the main subject (the clause's 'he' is no longer taken for it)"),
    # set phrases
    Phrasing("set_phrase", "All told, the fund raised $4 million in May.", "told", None),
    Phrasing("set_phrase", "Enough said: the mill shed 40 jobs.", "said", None),
    # a claim noun in an adjunct of a speech verb is no frame of its possessor
    Phrasing("possessed", "Berg said in his closing remarks that the fund lost $40 million.",
             "remarks", None),
    # a belief verb whose clause has a long subject
    Phrasing("belief", "She believes the appeal of the plan among older voters in Dover will "
             "bring 40 more votes.", "believes", "She"),
    # "suggest" with an -ing verb proposes it
    Phrasing("cue_word", "The treasurer suggested selling 12 of the city's buses.",
             "suggested", "The treasurer"),
]


def _frame(text: str, cue: str) -> attribquant.Attribution | None:
    return next((a for a in attribquant.extract(text).attributions if a.cue_text == cue), None)


@pytest.mark.parametrize(
    "row",
    [pytest.param(r, id=f"{r.kind}: {r.text[:40]}",
                  marks=pytest.mark.xfail(strict=True, reason=r.bug) if r.bug else ())
     for r in ROWS])
def test_phrasing(row: Phrasing) -> None:
    a = _frame(row.text, row.cue)
    if row.speaker is None:
        assert a is None, f"{row.cue!r} makes a frame: {a}"
        return
    assert a is not None, f"no frame with cue {row.cue!r}"
    assert a.speaker.mention == row.speaker


def test_negated_cue_claims_no_figure() -> None:
    """"never confirmed the 40 deaths" is a frame of Ortiz that reports nothing: the figure
    keeps the article's voice."""
    doc = attribquant.extract("Ortiz never confirmed the 40 deaths.")
    assert [a.cue_text for a in doc.attributions] == ["confirmed"]
    assert doc.attributions[0].content_start == doc.attributions[0].content_end
    assert all(q.speaker is None for q in doc.quantities)


def test_as_clause_content_is_the_quote() -> None:
    text = 'As the mayor told reporters, "We lost 40 homes."'
    a = next(a for a in attribquant.extract(text).attributions if a.cue_text == "told")
    assert text[a.content_start:a.content_end] == "We lost 40 homes"


def test_content_ends_with_its_subordinate_clause() -> None:
    text = "When the firm announced 600 layoffs, 40 workers walked out."
    a = _frame(text, "announced")
    assert a is not None and text[a.content_start:a.content_end] == "600 layoffs"
    q = attribquant.extract(text).quantities[1]
    assert q.value == 40 and q.speaker is None


# A time or setting adjunct between the cue and a clause with no "that" (common in wire
# copy): the clause is the content, and its figures are claimed.
CLAUSE_AFTER_ADJUNCT = [
    ("Berg said on Tuesday the deficit would narrow.", "the deficit would narrow"),
    ("Berg said Tuesday the deficit would narrow to 2 percent.",
     "the deficit would narrow to 2 percent"),
    ("Berg said last week the deficit would narrow.", "the deficit would narrow"),
    ("The firm said in a statement its profit rose 12 percent.", "its profit rose 12 percent"),
    ("Vik told reporters on Monday the ferry would cost $40 million.",
     "the ferry would cost $40 million"),
    ("Vik said Friday Norvik had hired 300 people.", "Norvik had hired 300 people"),
    ("Vik said at a rally in Bergen on Monday the plan would cost $4 million.",
     "the plan would cost $4 million"),
]


@pytest.mark.parametrize(("text", "content"), CLAUSE_AFTER_ADJUNCT)
def test_clause_after_adjunct_is_content(text: str, content: str) -> None:
    cue = "told" if " told " in text else "said"
    a = _frame(text, cue)
    assert a is not None and text[a.content_start:a.content_end] == content
    for q in attribquant.extract(text).quantities:
        assert q.speaker is not None and q.speaker.start == 0


@pytest.mark.parametrize(("text", "via"), [
    ("The Courier quoted Lena Holm as saying 30 ferries were idle.", "The Courier"),
    ("Holm was quoted by the Courier as saying 30 ferries were idle.", "the Courier"),
])
def test_quoting_paper_is_via(text: str, via: str) -> None:
    doc = attribquant.extract(text)
    assert [a.cue_text for a in doc.attributions] == ["saying"]  # "quoted" makes no frame
    a = doc.attributions[0]
    assert a.via is not None and a.via.mention == via
    assert doc.quantities[0].speaker is not None
    assert doc.quantities[0].speaker.mention in ("Lena Holm", "Holm")


@pytest.mark.parametrize(("text", "content"), [
    ('Holm told "Meet the Voters" that 30 ferries were idle.', "30 ferries were idle"),
    ('Holm told the Courier\'s "Morning Desk" on Monday that 30 ferries were idle.',
     "30 ferries were idle"),
    ('Holm told reporters, "Thirty Ferries Are Idle."', "Thirty Ferries Are Idle"),
])
def test_quoted_show_title_is_hearer(text: str, content: str) -> None:
    a = _frame(text, "told")
    assert a is not None and text[a.content_start:a.content_end] == content


def test_apposed_name_is_not_content() -> None:
    text = '"We lost 40 homes," the bank\'s chief, Ana Roe, said on Monday.'
    a = _frame(text, "said")
    assert a is not None and a.speaker.mention == "Ana Roe"
    assert text[a.content_start:a.content_end] == "We lost 40 homes"


# A bare hearer runs straight into the clause's subject: the noun next to the verb is the
# subject, the words before it the hearer.
HEARER_THEN_CLAUSE = [
    ("Sato told analysts sales would grow 8 percent.", "sales would grow 8 percent"),
    ("Sato told the board profits had fallen 8 percent.", "profits had fallen 8 percent"),
    ("Sato told union members wages would rise 3 percent.", "wages would rise 3 percent"),
    ("Sato told reporters the plant would close.", "the plant would close"),
]


@pytest.mark.parametrize(("text", "content"), HEARER_THEN_CLAUSE)
def test_hearer_then_clause(text: str, content: str) -> None:
    a = _frame(text, "told")
    assert a is not None and text[a.content_start:a.content_end] == content


# A hearer runs straight into a clause whose subject is a name: the capitalised words next
# to the verb are the subject ("told the panel | Norvik had ..."), the last of them when the
# hearer is a name too; a mixed run ("the panel U.N. troops") is left as it was.
HEARER_THEN_NAMED_CLAUSE = [
    ("Envoy Ilse Marrow told the panel Norvik had broken the truce.",
     "Norvik had broken the truce"),
    ("Aide Pol Venter told reporters Dravia would pay 40 million in damages.",
     "Dravia would pay 40 million in damages"),
    ("Minister Ana Tosk told the Sejmik Kelvar had 3 years of reserves.",
     "Kelvar had 3 years of reserves"),
    ("Pol Venter told a news briefing Ostrel would not back down.",
     "Ostrel would not back down"),
]


@pytest.mark.parametrize(("text", "content"), HEARER_THEN_NAMED_CLAUSE)
def test_hearer_then_named_clause(text: str, content: str) -> None:
    a = _frame(text, "told")
    assert a is not None and text[a.content_start:a.content_end] == content


# "warn" and "promise" may leave out their hearer: a noun phrase with a finite verb right
# after it is a bare clause's subject; a hearer before another noun stays a hearer.
OPTIONAL_HEARER_CLAUSE = [
    ("Governor Lio Basra warned prices could rise 30 percent.", "warned",
     "prices could rise 30 percent"),
    ("The relief agency warned shelters were full.", "warned", "shelters were full"),
    ("The bureau warned rainfall across the delta would double.", "warned",
     "rainfall across the delta would double"),
    ("Mayor Tova Rinn promised fares would stay at 2 dollars.", "promised",
     "fares would stay at 2 dollars"),
    ("The bank warned savers rates would fall.", "warned", "rates would fall"),
    ("The bank warned him rates would fall.", "warned", "rates would fall"),
    # a place after a preposition closes the subject's phrase, no subject of its own
    ("The fund warned prices in Vell would rise 3 percent.", "warned",
     "prices in Vell would rise 3 percent"),
    ("Mayor Tova Rinn promised the Friends of Dover would get 2 parks.", "promised",
     "the Friends of Dover would get 2 parks"),
]


@pytest.mark.parametrize(("text", "cue", "content"), OPTIONAL_HEARER_CLAUSE)
def test_optional_hearer_clause(text: str, cue: str, content: str) -> None:
    a = _frame(text, cue)
    assert a is not None and text[a.content_start:a.content_end] == content


@pytest.mark.parametrize("text", [
    '"It is over," Vik said on Monday at the end of a talk that lasted 3 hours.',
    '"It is over," Vik said Monday in Bergen.',
])
def test_adjunct_tail_is_not_content(text: str) -> None:
    a = _frame(text, "said")
    assert a is not None and text[a.content_start:a.content_end] == "It is over"


def test_citing_source_is_via() -> None:
    text = "Reuters reported, citing two sources, that 40 jobs would go."
    a = _frame(text, "reported")
    assert a is not None and a.via is not None
    assert a.via.mention == "two sources"
    assert text[a.content_start:a.content_end] == "40 jobs would go"


def test_medial_frame_content_is_the_sentence() -> None:
    text = "The bridge, she said, will cost $40 million."
    a = _frame(text, "said")
    assert a is not None
    assert text[a.content_start:a.content_end] == "The bridge, she said, will cost $40 million"
    q = attribquant.extract(text).quantities[0]
    assert q.speaker is not None and q.speaker.mention == "she"


def test_enough_rows() -> None:
    assert len(ROWS) >= 40


def test_frame_with_hearer_credits_the_quote_before() -> None:
    """'"..." Okafor said to reporters.' credits the quote; "vowed to stay" reports its own
    infinitive."""
    text = '"We have 40 beds left." Okafor said to reporters.'
    a = _frame(text, "said")
    assert a is not None and text[a.content_start:a.content_end] == "We have 40 beds left"
    text = '"We have 40 beds left." Okafor vowed to stay.'
    a = _frame(text, "vowed")
    assert a is not None and text[a.content_start:a.content_end] == "to stay"


def test_transcript_surname_label_after_full_name() -> None:
    """A transcript gives a speaker's name in capitals in full at the first turn ("MARA
    LINDQVIST:") and by surname after it ("LINDQVIST:"); a header word in capitals is no
    speaker, even after a two-word header."""
    text = ("MARA LINDQVIST: Welcome back.\n\nROE: Thank you.\n\n"
            "LINDQVIST: Will the levy raise $40 million?")
    speakers = [a.speaker.mention for a in attribquant.extract(text).attributions
                if a.cue_text == ":"]
    assert speakers == ["MARA LINDQVIST", "ROE", "LINDQVIST"]
    for text in ("BREAKING UPDATE: Polls close.\n\nUPDATE: Turnout reached 40 percent.",
                 "WASHINGTON: The vote was held on Friday.\n\nTurnout was 40 percent."):
        assert [a for a in attribquant.extract(text).attributions if a.cue_text == ":"][1:] \
            == []


def test_medial_frame_tail_is_a_time() -> None:
    """"he said this, she said that": "this" before no time word is the object, not a time
    adjunct, so the frame does not take the sentence around it for its content."""
    text = "Voters tire of the noise, he said this, she said that, and 40 ads a day."
    a = _frame(text, "said")
    assert a is not None and a.content_start > a.cue_end


def test_belief_pronoun_subject_keeps_its_clause() -> None:
    """"I think it's unfair ...": "it" opens the clause believed, it is no pro-form."""
    text = "I think it's unfair to close 40 mills."
    a = _frame(text, "think")
    assert a is not None and text[a.content_start:a.content_end] == "it's unfair to close 40 mills"


# Readings a second reader found wrong in new rules, kept fixed.


def test_role_with_of_before_apposed_name() -> None:
    text = '"Sales fell 40%," the head of the union, Jo Roe, said on Monday.'
    a = _frame(text, "said")
    assert a is not None and a.speaker.mention == "Jo Roe"
    assert text[a.content_start:a.content_end] == "Sales fell 40%"


def test_verb_object_inside_a_relative_clause_is_no_speaker() -> None:
    a = _frame("Residents who talked to the council said 40 homes flooded.", "said")
    assert a is not None and a.speaker.mention != "the council"


def test_referred_to_ends_the_speaker_phrase() -> None:
    a = _frame("Roe referred to the Vale poll that shows 40 percent support.", "shows")
    assert a is not None and a.speaker.mention.startswith("the Vale poll")


def test_time_phrase_after_adjunct_is_no_clause() -> None:
    text = "Roe told reporters on Monday the day after 40 people died that the plant was safe."
    a = _frame(text, "told")
    assert a is not None and text[a.content_start:a.content_end] == "the plant was safe"


def test_relative_clause_before_quote_is_no_content() -> None:
    text = 'Roe said at the meeting he chaired in May, "We will cut 40 jobs."'
    for a in attribquant.extract(text).attributions:
        assert not text[a.content_start:a.content_end].startswith("he chaired")


def test_noun_modifier_is_no_head_of_unnamed_description() -> None:
    doc = attribquant.extract("The dockers union rejected the offer. They said 40 berths "
                              "would close.")
    assert doc.attributions[-1].speaker.name != "dockers"


def test_late_that_past_commas_in_pairs() -> None:
    """A late "that" opens the content past a long adjunct whose commas come in pairs; after
    a single comma ("after a meeting on Tuesday, Roe repeated ...") a new clause begins."""
    text = ("Roe is telling a crowd of farmers in Dover, Ohio, on the last day of the fair "
            "that 40 mills will reopen.")
    a = _frame(text, "telling")
    assert a is not None and text[a.content_start:a.content_end] == "40 mills will reopen"
    text = "In brief remarks after a meeting on Tuesday, Roe repeated her view that 40 posts go."
    assert _frame(text, "remarks") is None
    text = "The agency vowed a fight and tried to persuade 40 board members that the levy is bad."
    a = _frame(text, "vowed")
    assert a is not None and not text[a.content_start:a.content_end].startswith("the levy")
