/**
 * Capitalised words that never start or continue a name, whatever their
 * position: sentence openers ('The', 'However', 'Supposedly' is caught by its
 * -ly ending), pronouns, months and weekdays ('in May', 'on Thursday'), and
 * caption furniture ('AFP Photo', 'Getty Images'). Lowercase.
 */
export const nonNameWords: ReadonlySet<string> = new Set(`
the a an this that these those however but and or nor so yet if when whenever while whereas after before since
though although as because unless until once then now also still even only just not no yes both either neither
other another some many most more much few several all every each any such given despite during since
in on at by for from with without within into onto of to under over above below between among against about
across through throughout beyond toward towards upon via per than like unlike
i you he she it we they me him her us them my your his its our their mine yours hers ours theirs
there here what who whom whose which why how where
is are was were be been being am has have had do does did will would shall should can could may might must
meanwhile later earlier again separately previously overall moreover furthermore nevertheless nonetheless instead otherwise indeed besides thus hence therefore
last next recent former latter first second third according read more related comments comment share
photo photos picture video videos image images credit file caption source sources update updated advertisement
mon tue tues wed thu thur thurs fri sat sun
january february march april may june july august september october november december
jan feb mar apr jun jul aug sep sept oct nov dec
monday tuesday wednesday thursday friday saturday sunday today yesterday tomorrow tonight

`.trim().split(/\s+/));
