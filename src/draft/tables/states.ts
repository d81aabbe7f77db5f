// Table of states: name, other names, demonyms and capital, one line each ("Name|other names|demonyms|capital").
// Source: the 193 member states of the United Nations as listed at un.org/en/about-us/member-states, plus Taiwan,
// Palestine, Kosovo and the Vatican (named in the news as states), with their common English short names, demonyms
// and capitals from general knowledge (facts, not a copied text); written for Backchannel, licence MIT (the
// project's). A capital is left blank where it would mislead: it is also the state's name (Singapore, Monaco), it
// stands for another actor (Brussels for the EU), it is disputed (Israel), or it is a common word (Male, Victoria).
// A demonym two states share ("Dominican", "Congolese" for the Republic of the Congo) is given to one only.

/** The states table as text: name | other names (comma-separated) | demonyms | capital. */
export const STATES_TABLE = `
Afghanistan||Afghan|Kabul
Albania||Albanian|Tirana
Algeria||Algerian|Algiers
Andorra||Andorran|Andorra la Vella
Angola||Angolan|Luanda
Antigua and Barbuda|Antigua|Antiguan|
Argentina||Argentine,Argentinian|Buenos Aires
Armenia||Armenian|Yerevan
Australia||Australian|Canberra
Austria||Austrian|Vienna
Azerbaijan||Azerbaijani,Azeri|Baku
Bahamas|the Bahamas|Bahamian|Nassau
Bahrain||Bahraini|Manama
Bangladesh||Bangladeshi|Dhaka
Barbados||Barbadian|Bridgetown
Belarus||Belarusian|Minsk
Belgium||Belgian|
Belize||Belizean|Belmopan
Benin||Beninese|Porto-Novo
Bhutan||Bhutanese|Thimphu
Bolivia||Bolivian|La Paz
Bosnia and Herzegovina|Bosnia|Bosnian|Sarajevo
Botswana||Botswanan,Motswana|Gaborone
Brazil||Brazilian|Brasilia
Brunei|Brunei Darussalam|Bruneian|Bandar Seri Begawan
Bulgaria||Bulgarian|Sofia
Burkina Faso||Burkinabe|Ouagadougou
Burundi||Burundian|Gitega
Cabo Verde|Cape Verde|Cape Verdean|Praia
Cambodia||Cambodian|Phnom Penh
Cameroon||Cameroonian|Yaounde
Canada||Canadian|Ottawa
Central African Republic|CAR|Central African|Bangui
Chad||Chadian|N'Djamena
Chile||Chilean|Santiago
China|People's Republic of China|Chinese|Beijing
Colombia||Colombian|Bogota
Comoros||Comorian|Moroni
Congo|Republic of the Congo,Congo-Brazzaville||Brazzaville
Costa Rica||Costa Rican|San Jose
Cote d'Ivoire|Ivory Coast,Côte d'Ivoire|Ivorian|Yamoussoukro
Croatia||Croatian|Zagreb
Cuba||Cuban|Havana
Cyprus||Cypriot|Nicosia
Czech Republic|Czechia|Czech|Prague
Democratic Republic of the Congo|DR Congo,DRC,Congo-Kinshasa|Congolese|Kinshasa
Denmark||Danish|Copenhagen
Djibouti||Djiboutian|
Dominica|||Roseau
Dominican Republic||Dominican|Santo Domingo
Ecuador||Ecuadorian|Quito
Egypt||Egyptian|Cairo
El Salvador||Salvadoran|San Salvador
Equatorial Guinea||Equatoguinean|Malabo
Eritrea||Eritrean|Asmara
Estonia||Estonian|Tallinn
Eswatini|Swaziland|Swazi|Mbabane
Ethiopia||Ethiopian|Addis Ababa
Fiji||Fijian|Suva
Finland||Finnish|Helsinki
France||French|Paris
Gabon||Gabonese|Libreville
Gambia|the Gambia|Gambian|Banjul
Georgia||Georgian|Tbilisi
Germany||German|Berlin
Ghana||Ghanaian|Accra
Greece||Greek|Athens
Grenada||Grenadian|St. George's
Guatemala||Guatemalan|Guatemala City
Guinea||Guinean|Conakry
Guinea-Bissau||Bissau-Guinean|Bissau
Guyana||Guyanese|Georgetown
Haiti||Haitian|Port-au-Prince
Honduras||Honduran|Tegucigalpa
Hungary||Hungarian|Budapest
Iceland||Icelandic|Reykjavik
India||Indian|New Delhi
Indonesia||Indonesian|Jakarta
Iran||Iranian|Tehran
Iraq||Iraqi|Baghdad
Ireland||Irish|Dublin
Israel||Israeli|
Italy||Italian|Rome
Jamaica||Jamaican|Kingston
Japan||Japanese|Tokyo
Jordan||Jordanian|Amman
Kazakhstan||Kazakh|Astana
Kenya||Kenyan|Nairobi
Kiribati||I-Kiribati|Tarawa
Kosovo||Kosovar|Pristina
Kuwait||Kuwaiti|Kuwait City
Kyrgyzstan|Kyrgyz Republic|Kyrgyz|Bishkek
Laos|Lao People's Democratic Republic|Lao,Laotian|Vientiane
Latvia||Latvian|Riga
Lebanon||Lebanese|Beirut
Lesotho||Basotho|Maseru
Liberia||Liberian|Monrovia
Libya||Libyan|Tripoli
Liechtenstein||Liechtensteiner|Vaduz
Lithuania||Lithuanian|Vilnius
Luxembourg||Luxembourgish,Luxembourger|
Madagascar||Malagasy|Antananarivo
Malawi||Malawian|Lilongwe
Malaysia||Malaysian|Kuala Lumpur
Maldives|the Maldives|Maldivian|
Mali||Malian|Bamako
Malta||Maltese|Valletta
Marshall Islands|the Marshall Islands|Marshallese|Majuro
Mauritania||Mauritanian|Nouakchott
Mauritius||Mauritian|Port Louis
Mexico||Mexican|Mexico City
Micronesia|Federated States of Micronesia|Micronesian|Palikir
Moldova||Moldovan|Chisinau
Monaco||Monegasque|
Mongolia||Mongolian|Ulaanbaatar
Montenegro||Montenegrin|Podgorica
Morocco||Moroccan|Rabat
Mozambique||Mozambican|Maputo
Myanmar|Burma|Burmese|Naypyidaw
Namibia||Namibian|Windhoek
Nauru||Nauruan|
Nepal||Nepalese,Nepali|Kathmandu
Netherlands|the Netherlands,Holland|Dutch|Amsterdam
New Zealand||New Zealander|Wellington
Nicaragua||Nicaraguan|Managua
Niger||Nigerien|Niamey
Nigeria||Nigerian|Abuja
North Korea|Democratic People's Republic of Korea|North Korean|Pyongyang
North Macedonia|Macedonia|Macedonian|Skopje
Norway||Norwegian|Oslo
Oman||Omani|Muscat
Pakistan||Pakistani|Islamabad
Palau||Palauan|Ngerulmud
Palestine|State of Palestine,Palestinian territories|Palestinian|Ramallah
Panama||Panamanian|Panama City
Papua New Guinea|PNG|Papua New Guinean|Port Moresby
Paraguay||Paraguayan|Asuncion
Peru||Peruvian|Lima
Philippines|the Philippines|Philippine,Filipino|Manila
Poland||Polish|Warsaw
Portugal||Portuguese|Lisbon
Qatar||Qatari|Doha
Romania||Romanian|Bucharest
Russia|Russian Federation|Russian|Moscow
Rwanda||Rwandan|Kigali
Saint Kitts and Nevis||Kittitian|Basseterre
Saint Lucia||Saint Lucian|Castries
Saint Vincent and the Grenadines||Vincentian|Kingstown
Samoa||Samoan|Apia
San Marino||Sammarinese|
Sao Tome and Principe|São Tomé and Príncipe|Santomean|Sao Tome
Saudi Arabia||Saudi|Riyadh
Senegal||Senegalese|Dakar
Serbia||Serbian|Belgrade
Seychelles||Seychellois|
Sierra Leone||Sierra Leonean|Freetown
Singapore||Singaporean|
Slovakia||Slovak|Bratislava
Slovenia||Slovenian|Ljubljana
Solomon Islands|the Solomon Islands|Solomon Islander|Honiara
Somalia||Somali|Mogadishu
South Africa||South African|Pretoria
South Korea|Republic of Korea|South Korean|Seoul
South Sudan||South Sudanese|Juba
Spain||Spanish|Madrid
Sri Lanka||Sri Lankan|Colombo
Sudan||Sudanese|Khartoum
Suriname||Surinamese|Paramaribo
Sweden||Swedish|Stockholm
Switzerland||Swiss|Bern
Syria||Syrian|Damascus
Taiwan||Taiwanese|Taipei
Tajikistan||Tajik|Dushanbe
Tanzania||Tanzanian|Dodoma
Thailand||Thai|Bangkok
Timor-Leste|East Timor|Timorese|Dili
Togo||Togolese|Lome
Tonga||Tongan|Nuku'alofa
Trinidad and Tobago|Trinidad|Trinidadian|Port of Spain
Tunisia||Tunisian|Tunis
Turkey|Turkiye,Türkiye|Turkish|Ankara
Turkmenistan||Turkmen|Ashgabat
Tuvalu||Tuvaluan|Funafuti
Uganda||Ugandan|Kampala
Ukraine||Ukrainian|Kyiv
United Arab Emirates|UAE|Emirati|Abu Dhabi
United Kingdom|UK,Britain,Great Britain|British|London
United States|US,U.S.,USA,America,United States of America|American|Washington
Uruguay||Uruguayan|Montevideo
Uzbekistan||Uzbek|Tashkent
Vanuatu||Ni-Vanuatu|Port Vila
Vatican|Holy See,Vatican City||
Venezuela||Venezuelan|Caracas
Vietnam|Viet Nam|Vietnamese|Hanoi
Yemen||Yemeni|Sanaa
Zambia||Zambian|Lusaka
Zimbabwe||Zimbabwean|Harare
`;
