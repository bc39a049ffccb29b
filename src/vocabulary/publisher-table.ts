// Who publishes at a link's domain, so a card can say "ILO" instead of "Source 1".
// Each entry is the organisation's own site (the domain is the source); a
// subdomain inherits its parent's label (webapps.ilo.org → ILO).
// Format: "domain|label". A domain missing here is shown bare ("hrw.org").
export const PUBLISHER_ROWS = `
ilo.org|ILO
itcilo.org|ILO International Training Centre
dol.gov|US Department of Labor
usaid.gov|USAID
state.gov|US Department of State
oecd.org|OECD
hrw.org|Human Rights Watch
amnesty.org|Amnesty International
amnestyusa.org|Amnesty International USA
unicef.org|UNICEF
worldbank.org|World Bank
banquemondiale.org|World Bank
bancomundial.org|World Bank
undp.org|UNDP
un.org|United Nations
afdb.org|African Development Bank
europa.eu|European Union
europeanpartnership-responsibleminerals.eu|European Partnership for Responsible Minerals
gov.uk|UK Government
government.nl|Government of the Netherlands
rvo.nl|Netherlands Enterprise Agency (RVO)
bmz.de|German Development Ministry (BMZ)
bgr.bund.de|German Federal Institute for Geosciences (BGR)
giz.de|GIZ
fdfa.admin.ch|Swiss Federal Department of Foreign Affairs
dfae.admin.ch|Swiss Federal Department of Foreign Affairs
admin.ch|Swiss Federal Administration
lbma.org.uk|LBMA
responsiblemineralsinitiative.org|Responsible Minerals Initiative
responsiblemines.org|Alliance for Responsible Mining
pactworld.org|Pact
planetgold.org|planetGOLD
artisanalgold.org|Artisanal Gold Council
cobaltinstitute.org|Cobalt Institute
faircobaltalliance.org|Fair Cobalt Alliance
responsible-mica-initiative.com|Responsible Mica Initiative
swissbettergoldassociation.ch|Swiss Better Gold Association
itsci.org|ITSCI
business-humanrights.org|Business & Human Rights Resource Centre
industriall-union.org|IndustriALL Global Union
globalwitness.org|Global Witness
somo.nl|SOMO
verite.org|Verité
walkfree.org|Walk Free
freetheslaves.net|Free the Slaves
knowthechain.org|KnowTheChain
ethicaltrade.org|Ethical Trading Initiative
savethechildren.net|Save the Children
savethechildren.org|Save the Children
terredeshommes.nl|Terre des Hommes Netherlands
solidar.ch|Solidar Suisse
fairphone.com|Fairphone
trafigura.com|Trafigura
solidaridadnetwork.org|Solidaridad
icglr.org|ICGLR
`;

// Document-hosting sites that re-post other people's PDFs: a link there is a copy,
// never the publisher's page (issue 11 lists the ones the corpus used).
export const MIRROR_HOSTS = [
  'docslib.org',
  'readkong.com',
  'dokumen.tips',
  'fdokumen.com',
  'scribd.com',
  'fdocuments.in',
  'fdocuments.net',
  'fdocuments.us',
  'vdocuments.us',
  'vdocuments.net',
  'vdocuments.site',
  'vdocuments.mx',
  'vdocuments.co',
  'vdocument.in',
  'pdfslide.us',
  'pdfslide.net',
  'paperzz.com',
  'yumpu.com',
  'sambuz.com',
  'doczz.net',
  'documents.pub',
  'pdffox.com',
  'pdfcoffee.com',
  'kipdf.com',
  'studyres.com',
  'docplayer.net',
  'documentine.com',
  'fanyv88.com',
  'xlibx.info',
  'slideshare.net',
  'archive.ph',
] as const;
