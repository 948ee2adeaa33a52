/**
 * Common given names: a capitalised run starting with one is a person
 * ('Chris Woods', 'Steve Goose', 'Sergei Lavrov'). Lowercase. Names that are
 * also ordinary words ('will', 'mark', 'may') are left out on purpose.
 */
export const firstNames: ReadonlySet<string> = new Set(`
aaron abdul abdullah abu adam adrian ahmad ahmed alan albert alex alexander alexei ali alice amanda amy ana
andre andrea andrew andrei angela ann anna anne anthony antonio ashley barack barbara ben benjamin bernard bill
bob boris brian bruce carl carlos carol catherine charles charlie chris christian christine christopher claire
colin craig dan daniel david dennis dick dmitry donald doug douglas ed edward elizabeth emily emma eric eva
fatima francis frank fred gary george gordon greg gregory hamid hans harry hassan helen henry hillary hussein
ian ibrahim igor ivan jack jacob james jan jane jason jean jeff jennifer jeremy jerry jim joe john jonathan
jorge jose joseph juan julia julian justin karen kate katherine keith ken kevin khalid laura lawrence lee
linda lisa louis lucy luis mahmoud margaret maria marie mario martin mary matt matthew michael michelle
miguel mike mikhail mohamed mohammad mohammed muhammad mustafa nancy natalia nicholas nick nicolas nikolai
oleg omar pablo patricia patrick paul peter philip pierre rachel ralph raymond richard robert roger ronald
ruth ryan said salman sam samuel sandra sarah scott sean sergei sergey sharon simon stephen steve steven
susan thomas tim timothy todd tom tony vladimir walter william yusuf yuri
`.trim().split(/\s+/));
