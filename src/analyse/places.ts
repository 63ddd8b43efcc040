/**
 * Place names: continents and regions, countries, US states and Canadian provinces, and the largest
 * cities, in lower case. A place owns no one's things: "India's metros", "Europe's banks" and
 * "London's startups" speak of a kind of thing in a place (whose-name.ts `classifiesKind`), where
 * "Northwind's stores" are one company's. The list is data, read by position, not a phrase list.
 */
const PLACES = new Set(
  (
    'africa asia europe america americas australia oceania antarctica eurasia latam emea apac mena dach nordics scandinavia balkans caribbean ' +
    'afghanistan albania algeria andorra angola argentina armenia austria azerbaijan bahamas bahrain bangladesh barbados belarus belgium belize benin bhutan ' +
    'bolivia bosnia botswana brazil brunei bulgaria burundi cambodia cameroon canada chad chile china colombia congo croatia cuba cyprus czechia denmark ' +
    'djibouti dominica ecuador egypt eritrea estonia eswatini ethiopia fiji finland france gabon gambia georgia germany ghana greece grenada guatemala guinea ' +
    'guyana haiti honduras hungary iceland india indonesia iran iraq ireland israel italy jamaica japan jordan kazakhstan kenya kiribati korea kosovo kuwait ' +
    'kyrgyzstan laos latvia lebanon lesotho liberia libya liechtenstein lithuania luxembourg madagascar malawi malaysia maldives mali malta mauritania mauritius ' +
    'mexico micronesia moldova monaco mongolia montenegro morocco mozambique myanmar namibia nauru nepal netherlands nicaragua niger nigeria norway oman ' +
    'pakistan palau palestine panama paraguay peru philippines poland portugal qatar romania russia rwanda samoa senegal serbia seychelles singapore slovakia ' +
    'slovenia somalia spain sudan suriname sweden switzerland syria taiwan tajikistan tanzania thailand togo tonga tunisia turkey turkmenistan tuvalu uganda ' +
    'ukraine uruguay uzbekistan vanuatu venezuela vietnam yemen zambia zimbabwe britain england scotland wales uk usa us uae ' +
    'alabama alaska arizona arkansas california colorado connecticut delaware florida hawaii idaho illinois indiana iowa kansas kentucky louisiana maine ' +
    'maryland massachusetts michigan minnesota mississippi missouri montana nebraska nevada ohio oklahoma oregon pennsylvania tennessee texas utah vermont ' +
    'virginia washington wisconsin wyoming ontario quebec alberta bavaria catalonia ' +
    'london paris berlin tokyo delhi mumbai bangalore bengaluru hyderabad chennai kolkata pune shanghai beijing shenzhen seoul jakarta manila bangkok ' +
    'dubai lagos nairobi cairo istanbul moscow madrid barcelona rome milan amsterdam dublin lisbon stockholm toronto vancouver montreal sydney melbourne ' +
    'chicago boston seattle austin atlanta miami denver dallas houston york la sf nyc'
  ).split(' ')
)

/** Whether `norm` (lower case) names a place. */
export const isPlace = (norm: string): boolean => PLACES.has(norm)
