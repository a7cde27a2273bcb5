package no.hverdag.humanlibrary.internal;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

@Document("libraries")
record LibraryDocument(@Id String id, String name, String municipality, String address, Double lat, Double lon) {
}
