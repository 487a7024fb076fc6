// Urdu names of what Khabar finds.

export const ENTITY_TYPES = {
  PERSON: "شخص",
  LOCATION: "مقام",
  ORGANIZATION: "تنظیم",
  DESIGNATION: "عہدہ",
  DATE: "تاریخ",
  TIME: "وقت",
  NUMBER: "عدد",
  ARTIFACT: "شے",
};

/** Facet dimensions of the archive, as the search page shows them. */
export const FACETS = [
  {key: "person", title: "افراد", type: "PERSON"},
  {key: "place", title: "مقامات", type: "LOCATION"},
  {key: "org", title: "تنظیمیں", type: "ORGANIZATION"},
  {key: "source", title: "ذرائع", type: null},
  {key: "speaker", title: "بولنے والے", type: "PERSON"},
  {key: "title", title: "عہدے", type: "DESIGNATION"},
];

export const DIMENSION_NAMES = {
  person: "شخص", place: "مقام", org: "تنظیم", title: "عہدہ", speaker: "بولنے والا",
  source: "ذریعہ", month: "مہینہ",
};

/** The archive dimension of an analysis entity type, for links to entity pages. */
export const DIMENSION_OF_TYPE = {
  PERSON: "person", LOCATION: "place", ORGANIZATION: "org", DESIGNATION: "title",
};

export const STATEMENT_KINDS = {direct: "براہ راست قول", indirect: "بالواسطہ قول"};
