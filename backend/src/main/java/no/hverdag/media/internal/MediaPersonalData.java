package no.hverdag.media.internal;

import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;

import no.hverdag.shared.PersonalData;
import no.hverdag.shared.security.Actor;
import reactor.core.publisher.Mono;

import org.springframework.stereotype.Component;

/**
 * A volunteer's photo is theirs: exported (the picture itself, its alternative text) and
 * erased (the attachment and every version) with the rest of their data. An
 * organisation's pictures are the organisation's and stay.
 */
@Component
class MediaPersonalData implements PersonalData {

	private final MediaStore store;

	MediaPersonalData(MediaStore store) {
		this.store = store;
	}

	@Override
	public String section() {
		return "photos";
	}

	@Override
	public Mono<Map<String, Object>> export(Actor actor) {
		return this.store.uploadedBy(actor.issuer(), actor.subject())
			.concatMap(attachment -> this.store.version(attachment.imageId(), "full").map(version -> {
				Map<String, Object> photo = new LinkedHashMap<>();
				photo.put("for", attachment.owner());
				photo.put("alt", attachment.alt());
				photo.put("contentType", version.contentType());
				photo.put("base64", Base64.getEncoder().encodeToString(version.data()));
				return photo;
			}))
			.collectList()
			.map(photos -> Map.of("photos", photos));
	}

	@Override
	public Mono<Void> erase(Actor actor) {
		return this.store.uploadedBy(actor.issuer(), actor.subject())
			.concatMap(attachment -> this.store.detach(attachment.owner()))
			.then();
	}

}
