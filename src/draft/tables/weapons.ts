// Weapon systems: names that are weapon systems in news copy, and the nouns that make a name before them one.
// Source: written for Backchannel from common English defence reporting (public designations, not any one
// publication's text); licence MIT (the project's). Add lines as needed.

/** Names of weapon systems, ships and aircraft types (as written; matched case-sensitively). */
export const WEAPON_NAMES = new Set(
  `Patriot HIMARS NASAMS IRIS-T ATACMS Iskander Kinzhal Kalibr Zircon Oreshnik Sarmat Avangard Tomahawk
  SCALP Taurus Javelin Stinger NLAW Leopard Abrams Challenger Bradley Marder Bayraktar Akinci Shahed Geran Lancet
  Switchblade Harpoon Exocet Neptune Brimstone Excalibur Caesar Krab Piorun Starstreak Rafale Eurofighter
  Gripen Apache Chinook Reaper THAAD Aegis Trident Hellfire Gepard MANPADS Kh-101
  K2 K9 Hwasong Fateh Shahab Sejjil Kheibar Poseidon Hawkeye`
    .split(/\s+/)
    .concat([
      'Storm Shadow',
      'Iron Dome',
      'Global Hawk',
      'Black Hawk',
      "David's Sling",
      'Bayraktar TB2',
      'Aster 30',
      'Aster',
      'Wing Loong',
    ]),
);

/** A model designation: letters, a hyphen and a number ("F-16", "Tu-95", "S-400", "MiG-29", "Su-35"). */
export const MODEL_CODE = /^(?:[A-Z][A-Za-z]{0,2}|[A-Z]{1,3}\/[A-Z])-\d{1,3}[A-Z]?$|^TB2$/;

/** Nouns after a name that make it a weapon system ("Aurora-class frigates", "Aster 30 missiles"). */
export const WEAPON_NOUNS =
  /^[\s-]+(?:class\s+|air[- ]defen[cs]e\s+|anti-ship\s+|cruise\s+|ballistic\s+|fighter\s+|attack\s+|main battle\s+|multi-role\s+)?(?:systems?|batteries|battery|missiles?|drones?|jets?|fighters?|bombers?|tanks?|launchers?|helicopters?|frigates?|destroyers?|submarines?|corvettes?|howitzers?|rockets?|interceptors?|aircraft|warships?|vessels?)\b/i;
