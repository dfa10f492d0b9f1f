package io.summittracker.web.catalog;

/** "City, Country" with whichever parts are known. */
final class Places {

    private Places() {
    }

    static String of(String city, String country) {
        boolean hasCity = city != null && !city.isBlank();
        boolean hasCountry = country != null && !country.isBlank();
        if (hasCity && hasCountry) {
            return city + ", " + country;
        }
        return hasCity ? city : hasCountry ? country : "";
    }
}
