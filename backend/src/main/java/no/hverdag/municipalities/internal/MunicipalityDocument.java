package no.hverdag.municipalities.internal;

import java.util.List;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

@Document("municipalities")
record MunicipalityDocument(@Id String number, String name, List<String> otherNames, String countyNumber,
		String countyName, double lat, double lon) {
}
