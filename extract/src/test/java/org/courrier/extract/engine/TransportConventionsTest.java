package org.courrier.extract.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.courrier.extract.engine.PageSketch.fields;

import org.courrier.extract.record.LetterFields;
import org.junit.jupiter.api.Test;

/**
 * Conventions the dev letters showed misread when the thirty-eighth batch (authors ES-EV: French and English on
 * customs, ports, civil aviation and transport: customs offices, port authorities and harbour masters, civil aviation
 * authorities, railways, vehicle registration, maritime administrations, and letters written to them) joined, each
 * pinned by a small letter written for the test.
 */
class TransportConventionsTest {

    @Test
    void aNotesAttentionRowNamesTheAddresseeAndTheGridIsNoBody() {
        PageSketch p = new PageSketch()
                .at(0.6, "Direction générale de l'aviation civile")
                .at(0.6, "DSAC Nord-Ouest")
                .skip(1)
                .at(0.6, "Rennes, le 4 avril 2024")
                .skip(1)
                .centred("NOTE")
                .skip(1)
                .row("Référence :", 0.29, "24-0231/DSAC-NO/ANA")
                .cells(
                        "À l'attention de :",
                        0.29,
                        "Monsieur le directeur de la sécurité de l'aviation civile Nord-Ouest")
                .at(0.29, "s/c de Madame la cheffe du département Surveillance")
                .row("De :", 0.29, "Le chef de la division Aéroports")
                .row("Objet :", 0.29, "Renouvellement du certificat de l'aérodrome de Dinard")
                .skip(1)
                .row("Copie :", 0.29, "Délégation Bretagne")
                .skip(1)
                .lines(PageSketch.BODY_FR)
                .skip(1)
                .at(0.55, "Le chef de la division")
                .at(0.55, "Yann LE GALL");
        LetterFields f = fields(p);
        assertThat(f.recipient().value().block())
                .isEqualTo("Monsieur le directeur de la sécurité de l'aviation civile Nord-Ouest, "
                        + "s/c de Madame la cheffe du département Surveillance");
        assertThat(f.subject().value()).isEqualTo("Renouvellement du certificat de l'aérodrome de Dinard");
    }

    @Test
    void anAttentionRowUnderACompleteAddressLeavesTheAddressWhole() {
        PageSketch p = new PageSketch()
                .line("AKAMAS FERRIES LTD")
                .skip(2)
                .line("Our Ref.: AF/OPS/2025/0311")
                .skip(1)
                .line("Cyprus Ports Authority")
                .line("Finance Department")
                .line("P.O. Box 22007")
                .line("1516 Nicosia")
                .line("For the attention of: Mr. Andreas Nicolaou, Head of Revenue Section")
                .skip(1)
                .line("Subject: Invoices for port dues, March 2025")
                .skip(1)
                .line("Dear Mr. Nicolaou,")
                .lines(PageSketch.BODY_EN)
                .skip(1)
                .line("Yours sincerely,");
        assertThat(fields(p).recipient().value().block())
                .startsWith("Cyprus Ports Authority, Finance Department, P.O. Box 22007, 1516 Nicosia");
    }

    @Test
    void aHeadingOpeningWithAWordLikeAttentionIsStillTheSubject() {
        PageSketch p = new PageSketch()
                .at(0.7, "MARITIME")
                .at(0.7, "NEW ZEALAND")
                .skip(1)
                .line("12 May 2025")
                .line("Our ref: PSC/WLG/25/0204")
                .skip(1)
                .line("Captain Lars Nyberg")
                .line("Designated Person Ashore")
                .line("Baltic Reefer Management AS")
                .line("Strandkaien 4, 5013 Bergen")
                .skip(1)
                .line("Sent by email: dpa@balticreefer.no")
                .skip(1)
                .line("Detention of MV POLAR WIND (IMO 9412345) at the Port of Napier")
                .skip(1)
                .line("Dear Captain Nyberg")
                .lines(PageSketch.BODY_EN)
                .skip(1)
                .line("Ngā mihi");
        assertThat(fields(p).subject().value())
                .isEqualTo("Detention of MV POLAR WIND (IMO 9412345) at the Port of Napier");
    }

    @Test
    void anAttentionLineUnderTheOfficeIsReadPastTheContactLinesBesideIt() {
        PageSketch p = new PageSketch()
                .line("TRANSITAIRE DU NORD")
                .line("12, rue des Docks – 59140 Dunkerque")
                .skip(2)
                .beside("Nos réf. : TN/DOU/2023-0412", 0.52, "Bureau de douane de Dunkerque Port")
                .beside("Ligne directe : 03 28 61 40 12", 0.52, "À l'attention de Monsieur le Chef de bureau")
                .at(0.52, "Quai de la Citadelle – BP 4521")
                .at(0.52, "59140 Dunkerque")
                .skip(2)
                .at(0.52, "Dunkerque, le 7 novembre 2023")
                .skip(1)
                .line("Objet : Demande de remboursement de droits")
                .skip(1)
                .line("Monsieur le Chef de bureau,")
                .lines(PageSketch.BODY_FR)
                .skip(1)
                .at(0.55, "Paul MARTIN");
        assertThat(fields(p).recipient().value().block())
                .startsWith("Bureau de douane de Dunkerque Port, À l'attention de Monsieur le Chef de bureau")
                .endsWith("59140 Dunkerque");
    }

    @Test
    void anOrganisationOfFourLinesBesideTheSendersGridStaysOverItsAttentionLine() {
        PageSketch p = new PageSketch()
                .line("COMMUNE DE SOMBREFFE")
                .line("Place communale 1 – 5140 Sombreffe")
                .skip(2)
                .row("Vos réf. :", 0.22, "DGO1/PIC/2024-118", 0.55, "Service public de Wallonie")
                .row("Nos réf. :", 0.22, "DG/TRAV/2024/0417", 0.55, "Intérieur et Action sociale")
                .row("Agent traitant : Luc Renard", 0.55, "Département des Infrastructures locales")
                .row("Tél. :", 0.22, "071/82.02.18", 0.55, "Direction des Voiries subsidiées")
                .row("Courriel :", 0.22, "luc.renard@sombreffe.be", 0.55, "À l'attention de Madame Ingrid LAMBOTTE")
                .at(0.55, "Boulevard du Nord 8")
                .at(0.55, "5000 NAMUR")
                .skip(2)
                .line("Objet : Plan d'investissement communal 2025-2027")
                .skip(1)
                .line("Madame,")
                .lines(PageSketch.BODY_FR)
                .skip(1)
                .at(0.55, "Le Directeur général");
        assertThat(fields(p).recipient().value().block())
                .startsWith("Service public de Wallonie, Intérieur et Action sociale")
                .contains("Direction des Voiries subsidiées");
    }

    @Test
    void aBodysLegalFormAfterItsInitialsIsNoPartOfItsName() {
        PageSketch p = new PageSketch()
                .line("SOCIÉTÉ NATIONALE DES TRANSPORTS")
                .line("FERROVIAIRES")
                .line("S.N.T.F. – EPIC")
                .skip(2)
                .at(0.6, "Oran, le 15 mai 2022")
                .line("N° 0511/DG/DTV/2022")
                .skip(1)
                .at(0.5, "Monsieur le Directeur Général")
                .at(0.5, "Société des Ciments de l'Ouest")
                .at(0.5, "31000 Oran")
                .skip(1)
                .line("Objet : Renouvellement de la convention de transport")
                .skip(1)
                .line("Monsieur le Directeur Général,")
                .lines(PageSketch.BODY_FR)
                .skip(1)
                .at(0.55, "Karim BELKACEM");
        assertThat(fields(p).sender().value()).isEqualTo("SOCIÉTÉ NATIONALE DES TRANSPORTS FERROVIAIRES S.N.T.F.");
    }

    @Test
    void aFrenchPortHeadsItsDirectorateAsAnAirportWould() {
        PageSketch p = new PageSketch()
                .centred("PORT AUTONOME DE NOUMÉA")
                .skip(1)
                .centred("Direction générale")
                .skip(2)
                .line("N° 1873/PAN/DG/DEX")
                .at(0.55, "Nouméa, le 17 octobre 2025")
                .skip(1)
                .at(0.55, "Monsieur le Directeur")
                .at(0.55, "Agence Maritime Calédonienne")
                .at(0.55, "BP 4512 – 98845 Nouméa")
                .skip(1)
                .line("Objet : Occupation prolongée du poste n° 4")
                .skip(1)
                .line("Monsieur le Directeur,")
                .lines(PageSketch.BODY_FR)
                .skip(1)
                .at(0.55, "Le Directeur général");
        assertThat(fields(p).sender().value()).startsWith("PORT AUTONOME DE NOUMÉA");
    }

    @Test
    void anAgencyInLargerTypeUnderItsDepartmentWrites() {
        PageSketch p = new PageSketch()
                .type(32)
                .at(0.22, "U.S. Department of Transportation")
                .type(52)
                .at(0.22, "Federal Transit Administration")
                .type(32)
                .at(0.22, "Western Service Center")
                .at(0.22, "12600 West Colfax Avenue, Suite B-300, Lakewood, CO 80215")
                .type(50)
                .skip(2)
                .right("March 18, 2025")
                .skip(1)
                .line("Mountain Freight Lines, Inc.")
                .line("Attn: Mr. Daniel Ruiz")
                .line("Denver, CO 80216")
                .skip(1)
                .line("Re: Notice of Claim – Case No. CO-2025-0318")
                .skip(1)
                .line("Dear Mr. Ruiz:")
                .lines(PageSketch.BODY_EN)
                .skip(1)
                .line("Sincerely,");
        assertThat(fields(p).sender().value()).isEqualTo("Federal Transit Administration");
    }

    @Test
    void aDepartmentOverItsDivisionInAlmostTheSameTypeStillWrites() {
        PageSketch p = new PageSketch()
                .type(48)
                .at(0.22, "U.S. Department of Labor")
                .type(54)
                .at(0.22, "Wage and Hour Division")
                .type(40)
                .at(0.22, "Denver District Office")
                .type(50)
                .skip(2)
                .right("June 10, 2024")
                .skip(1)
                .line("Rocky Mountain Staffing LLC")
                .line("Denver, CO 80216")
                .skip(1)
                .line("Dear Employer:")
                .lines(PageSketch.BODY_EN)
                .skip(1)
                .line("Sincerely,");
        assertThat(fields(p).sender().value()).startsWith("U.S. Department of Labor");
    }

    @Test
    void aBodySigningAfterForAndItsColonIsNoName() {
        PageSketch p = new PageSketch()
                .centred("TANZANIA PORTS AUTHORITY")
                .skip(2)
                .line("Ref. No. TPA/DSM/T.20/Vol.III/118")
                .right("14th July, 2025")
                .skip(1)
                .line("The Managing Director")
                .line("Lake Cargo Forwarders Ltd")
                .line("P.O. Box 4512")
                .line("DAR ES SALAAM")
                .skip(1)
                .line("Dear Sir,")
                .skip(1)
                .line("RE: REVISED STORAGE CHARGES FOR TRANSIT CONTAINERS")
                .lines(PageSketch.BODY_EN)
                .skip(1)
                .line("Yours faithfully,")
                .line("For: TANZANIA PORTS AUTHORITY")
                .skip(1)
                .line("Juma S. Mrisho")
                .line("PORT MANAGER");
        LetterFields f = fields(p);
        assertThat(f.signatory().value().name()).isEqualTo("Juma S. Mrisho");
        assertThat(f.signatory().value().title()).isEqualTo("PORT MANAGER");
    }

    @Test
    void theNameTypedAgainUnderTheTitleIsNoPartOfIt() {
        PageSketch p = new PageSketch()
                .line("Société de transport de Laval")
                .line("Direction Planification du réseau")
                .skip(2)
                .line("Laval, le 14 novembre 2024")
                .skip(1)
                .line("Madame Isabelle Gagnon")
                .line("Directrice de la mobilité")
                .line("Ville de Laval")
                .skip(1)
                .line("Objet : Détour des lignes 30 et 42")
                .skip(1)
                .line("Madame,")
                .lines(PageSketch.BODY_FR)
                .line("Veuillez agréer, Madame, l'expression de nos sentiments distingués.")
                .skip(1)
                .line("Luc Tremblay")
                .line("Le directeur, Planification du réseau,")
                .line("Luc Tremblay, ing.");
        LetterFields f = fields(p);
        assertThat(f.signatory().value().name()).isEqualTo("Luc Tremblay");
        assertThat(f.signatory().value().title()).isEqualTo("Le directeur, Planification du réseau");
    }
}
