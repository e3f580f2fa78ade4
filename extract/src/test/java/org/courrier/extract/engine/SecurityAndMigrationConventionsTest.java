package org.courrier.extract.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.courrier.extract.engine.PageSketch.fields;

import org.courrier.extract.record.LetterFields;
import org.junit.jupiter.api.Test;

/**
 * Conventions the twenty-ninth batch of independently written dev letters (authors DI-DL: French and English on
 * security, defence, migration, customs, police and gendarmerie, civil protection and prisons) showed misread, each
 * pinned by a small letter written for the test.
 */
class SecurityAndMigrationConventionsTest {

    /** A defence letter down to its signature, for the lists under it. */
    private static PageSketch signedDefenceLetter() {
        return new PageSketch()
                .line("NAMIBIAN DEFENCE FORCE")
                .skip(1)
                .right("24 March 2025")
                .line("The Executive Director")
                .line("Office of the Prime Minister")
                .skip(1)
                .line("Dear Sir")
                .skip(1)
                .lines(PageSketch.BODY_EN)
                .skip(1)
                .line("Yours sincerely")
                .skip(2)
                .at(0.5, "R.N. SHIKONGO")
                .at(0.5, "Brigadier General")
                .skip(1);
    }

    @Test
    void aSuscriptionOfLongTitleLinesHeadsTheLetterAndItsAddresseeFollowsTheLoneA() {
        PageSketch p = new PageSketch()
                .right("Saint-Lô, le 17 mars 2025")
                .line("GENDARMERIE NATIONALE")
                .line("Groupement de gendarmerie")
                .line("départementale de la Manche")
                .skip(1)
                .line("N° 00412/GEND/GGD50/CAB")
                .skip(6)
                .at(0.3, "Le colonel Xavier Girardot,")
                .at(0.3, "commandant le groupement de gendarmerie départementale de la")
                .at(0.3, "Manche")
                .at(0.3, "à")
                .at(0.3, "Monsieur le maire de Valognes")
                .at(0.3, "Hôtel de ville – 1, place du Château")
                .at(0.3, "50700 VALOGNES")
                .skip(1)
                .line("Objet : sécurisation du centre-ville de Valognes")
                .skip(1)
                .lines(PageSketch.BODY_FR);
        LetterFields f = fields(p);
        assertThat(f.recipient().value().block()).startsWith("Monsieur le maire de Valognes");
        assertThat(f.subject().value()).isEqualTo("sécurisation du centre-ville de Valognes");
    }

    @Test
    void aSecurityDirectorateGeneralUnderTheInteriorMinistryWrites() {
        PageSketch p = new PageSketch()
                .line("ROYAUME DU MAROC")
                .line("MINISTÈRE DE L'INTÉRIEUR")
                .line("DIRECTION GÉNÉRALE")
                .line("DE LA SÛRETÉ NATIONALE")
                .line("Direction de la Sécurité Publique")
                .skip(1)
                .beside("N° 1842 /DGSN/DSP/SPA", 0.6, "Rabat, le 29 janvier 2024")
                .skip(1)
                .at(0.5, "Monsieur le Gérant de la Société")
                .at(0.5, "Atlas Gardiennage S.A.R.L.")
                .at(0.5, "Casablanca")
                .skip(1)
                .line("Objet : Enquêtes administratives relatives aux agents de gardiennage.")
                .skip(1)
                .line("Monsieur le Gérant,")
                .skip(1)
                .lines(PageSketch.BODY_FR);
        assertThat(fields(p).sender().value()).startsWith("DIRECTION GÉNÉRALE DE LA SÛRETÉ NATIONALE");
    }

    @Test
    void aPrincipalitysNameHeadsTheLetterAndTheDirectionUnderItWrites() {
        PageSketch p = new PageSketch()
                .centred("PRINCIPAUTÉ DE MONACO")
                .centred("DIRECTION DE LA SÛRETÉ PUBLIQUE")
                .centred("Division de Police Urbaine – Section Événementiel et Ordre Public")
                .skip(1)
                .right("Monaco, le 6 mai 2025")
                .skip(1)
                .at(0.52, "Monsieur le Président")
                .at(0.52, "de l'Association Monaco Solidarité Sport")
                .at(0.52, "98000 MONACO")
                .skip(1)
                .line("Objet : Monaco Charity Run 2025 – dispositions de sécurité")
                .skip(1)
                .line("Monsieur le Président,")
                .skip(1)
                .lines(PageSketch.BODY_FR);
        assertThat(fields(p).sender().value()).startsWith("DIRECTION DE LA SÛRETÉ PUBLIQUE");
    }

    @Test
    void theStatesMottoUnderItsNameIsNoSenderThoughItNamesAUnion() {
        PageSketch p = new PageSketch()
                .type(40)
                .centred("RÉPUBLIQUE D'HAÏTI")
                .type(30)
                .centred("L'Union fait la Force")
                .skip(1)
                .type(36)
                .centred("MINISTÈRE DES AFFAIRES ÉTRANGÈRES ET DES CULTES")
                .type(30)
                .centred("Direction des Affaires Multilatérales et de la Coopération")
                .type(50)
                .skip(2)
                .line("N° MAEC/DAMC/NV/25-0317")
                .skip(2)
                .line("Le Ministère des Affaires Étrangères et des Cultes de la République d'Haïti présente")
                .line("ses compliments à l'Ambassade du Canada à Port-au-Prince et a l'honneur de lui")
                .line("faire savoir que la session de formation des cadres se tiendra en mars prochain.")
                .skip(1)
                .right("Port-au-Prince, le 20 janvier 2025")
                .skip(3)
                .line("Ambassade du Canada")
                .line("Port-au-Prince");
        assertThat(fields(p).sender().value()).startsWith("MINISTÈRE DES AFFAIRES ÉTRANGÈRES ET DES CULTES");
    }

    @Test
    void aSecurityMarkingAtThePagesHeadIsNoSender() {
        PageSketch p = new PageSketch()
                .centred("RESTRICTED")
                .skip(1)
                .beside("DEFENCE HEADQUARTERS", 0.75, "Private Bag 13307")
                .at(0.75, "Windhoek")
                .skip(1)
                .right("24 March 2025")
                .skip(1)
                .line("The Executive Director")
                .line("Office of the Prime Minister")
                .line("Windhoek")
                .skip(1)
                .line("Dear Sir")
                .skip(1)
                .lines(PageSketch.BODY_EN);
        assertThat(fields(p).sender().value()).isEqualTo("DEFENCE HEADQUARTERS");
    }

    @Test
    void aServiceInLargeTypeUnderItsMinistrysNameWritesAndIsNoWrapOfIt() {
        PageSketch p = new PageSketch()
                .centred("THE UNITED REPUBLIC OF TANZANIA")
                .skip(2)
                .centred("MINISTRY OF HOME AFFAIRS")
                .type(60)
                .centred("TANZANIA PRISONS SERVICE")
                .type(50)
                .skip(1)
                .right("Prisons Headquarters")
                .right("P.O. Box 1176")
                .skip(1)
                .beside("Ref. No. PHQ/R.10/4/VOL.III/72", 0.7, "12 June, 2024")
                .skip(1)
                .line("Vice Chancellor")
                .line("University of Dodoma")
                .skip(1)
                .line("RE: PERMISSION TO CONDUCT RESEARCH AT ISANGA CENTRAL PRISON")
                .skip(1)
                .lines(PageSketch.BODY_EN);
        assertThat(fields(p).sender().value()).isEqualTo("TANZANIA PRISONS SERVICE");
    }

    @Test
    void aCopyListsGroupHeadingsAreNoEntries() {
        PageSketch p = signedDefenceLetter()
                .line("Distribution")
                .skip(1)
                .line("External:")
                .at(0.15, "Governor: Zambezi Region")
                .line("Internal:")
                .at(0.15, "Army Commander")
                .at(0.15, "Navy Commander");
        assertThat(fields(p).copies().value())
                .containsExactly("Governor: Zambezi Region", "Army Commander", "Navy Commander");
    }

    @Test
    void theMalaySalinanKepadaHeadsAMalaysianLettersCopies() {
        PageSketch p = new PageSketch()
                .centred("POLIS DIRAJA MALAYSIA")
                .skip(1)
                .right("15 August 2024")
                .line("Mr. Lim Chee Keong")
                .line("Chairman")
                .skip(1)
                .line("Sir,")
                .skip(1)
                .lines(PageSketch.BODY_EN)
                .skip(1)
                .line("Yours faithfully,")
                .skip(2)
                .line("Ketua Polis Daerah")
                .line("Petaling Jaya")
                .skip(1)
                .line("s.k. - Ketua Polis Negeri Selangor")
                .at(0.14, "- Datuk Bandar, Majlis Bandaraya Petaling Jaya");
        assertThat(fields(p).copies().value())
                .containsExactly("Ketua Polis Negeri Selangor", "Datuk Bandar, Majlis Bandaraya Petaling Jaya");
    }

    @Test
    void aNoteVerbalesNumberIsItsReference() {
        PageSketch p = new PageSketch()
                .centred("REPUBLIC OF FIJI")
                .centred("MINISTRY OF FOREIGN AFFAIRS")
                .skip(1)
                .line("Note No.: MFA/PRO/DC/2025/0214")
                .skip(1)
                .line("The Ministry of Foreign Affairs of the Republic of Fiji presents its compliments to the")
                .line("High Commission of New Zealand in Suva and has the honour to inform the High")
                .line("Commission that the Government of the Republic of Fiji has approved the visit.")
                .skip(1)
                .right("Suva, 19 May 2025");
        assertThat(fields(p).reference().value()).isEqualTo("MFA/PRO/DC/2025/0214");
    }

    @Test
    void aDefenceLettersLetteredReferencesCiteTheLetterAnsweredNotItsOwnNumber() {
        PageSketch p = new PageSketch()
                .beside("NAMIBIAN DEFENCE FORCE", 0.75, "Private Bag 13307")
                .at(0.75, "Windhoek")
                .skip(1)
                .at(0.75, "NDF/DHQ/J3/3/2/1")
                .at(0.75, "24 March 2025")
                .line("The Executive Director")
                .line("Office of the Prime Minister")
                .skip(1)
                .line("Dear Sir")
                .skip(1)
                .line("NDF SUPPORT TO FLOOD RELIEF OPERATIONS: ZAMBEZI REGION")
                .skip(1)
                .line("Reference: A. OPM/DDRM/15/3/1 dated 20 March 2025.")
                .at(0.2, "B. National Disaster Risk Management Plan, 2011.")
                .skip(1)
                .lines(PageSketch.BODY_EN);
        LetterFields f = fields(p);
        assertThat(f.reference().value()).isEqualTo("NDF/DHQ/J3/3/2/1");
        assertThat(f.theirReference().value()).isEqualTo("OPM/DDRM/15/3/1");
    }

    @Test
    void aHouseNumberAfterItsNumberSignIsAnAddressLineNotAReference() {
        PageSketch p = new PageSketch()
                .right("Department of Immigration")
                .right("and Emigration")
                .skip(1)
                .beside("My No. VS/OS/2024/3318", 0.6, "08.11.2024")
                .skip(1)
                .line("Managing Director")
                .line("Serendib Surf Resorts (Pvt) Ltd")
                .line("No. 12, Galle Road")
                .line("Weligama")
                .skip(1)
                .line("Dear Sir,")
                .skip(1)
                .line("Overstay of Visa – Mr. Andrei Volkov")
                .skip(1)
                .lines(PageSketch.BODY_EN);
        assertThat(fields(p).recipient().value().block())
                .isEqualTo("Managing Director, Serendib Surf Resorts (Pvt) Ltd, No. 12, Galle Road, Weligama");
    }

    @Test
    void aNotesAddresseesListedUnderTheirLabelAreNoBodyHoweverLong() {
        PageSketch p = new PageSketch()
                .line("MINISTÈRE DE LA JUSTICE")
                .right("Rennes, le 14 juin 2024")
                .line("N° 2024-0318/DISP-RENNES/DSD")
                .skip(1)
                .centred("NOTE")
                .skip(1)
                .line("à l'attention de :")
                .at(0.19, "Mesdames et Messieurs les chefs d'établissement")
                .at(0.19, "Mesdames et Messieurs les directeurs fonctionnels des services d'insertion et de")
                .at(0.19, "probation")
                .skip(1)
                .line("Objet : Prévention du suicide des personnes détenues pendant l'été.")
                .skip(1)
                .lines(PageSketch.BODY_FR);
        LetterFields f = fields(p);
        assertThat(f.subject().value()).isEqualTo("Prévention du suicide des personnes détenues pendant l'été.");
        assertThat(f.recipient().value().block()).endsWith("probation");
    }

    @Test
    void aSouthAfricanDepartmentsLockupNamesTheSenderBesideItsOfficesLines() {
        PageSketch p = new PageSketch()
                .type(60)
                .beside("home affairs", 0.68, "Pretoria Refugee Reception Office")
                .type(50)
                .beside("Department:", 0.68, "Private Bag X114, Pretoria")
                .beside("Home Affairs", 0.68, "Tel: 012 327 3515")
                .line("REPUBLIC OF SOUTH AFRICA")
                .skip(2)
                .beside("Mabena & Associates Attorneys", 0.6, "Reference: DHA/RRO/PTA/2024/11/0381")
                .beside("32 Princess of Wales Terrace", 0.6, "Date: 14 November 2024")
                .line("Parktown")
                .skip(1)
                .line("Dear Madam")
                .skip(1)
                .lines(PageSketch.BODY_EN);
        assertThat(fields(p).sender().value()).startsWith("Department: Home Affairs");
    }

    @Test
    void aSecurityMarkingsWordInsideAnAddressLineKeepsTheLineInTheAddress() {
        PageSketch p = new PageSketch()
                .line("INSOLVENCY SERVICE")
                .right("12 May 2025")
                .skip(2)
                .line("Office of the Official Receiver")
                .line("Mr David Holt")
                .line("21 Bridge Street")
                .line("Leeds LS2 7RE")
                .skip(1)
                .line("Dear Mr Holt")
                .skip(1)
                .lines(PageSketch.BODY_EN);
        assertThat(fields(p).recipient().value().block()).startsWith("Office of the Official Receiver");
    }

    @Test
    void enclosuresUnderTheCopyListAreNoGroupOfIt() {
        PageSketch p = signedDefenceLetter()
                .line("Distribution:")
                .at(0.15, "Army Commander")
                .at(0.15, "Navy Commander")
                .line("Enclosures:")
                .at(0.15, "Resource table")
                .at(0.15, "Map of the Zambezi Region");
        assertThat(fields(p).copies().value()).containsExactly("Army Commander", "Navy Commander");
    }
}
