package io.tendlc.simulators.tcr;

import java.util.Map;
import java.util.TreeMap;

import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** TCR CSP API v2: campaigns and their per-carrier (MNO) operation status. */
@RestController
@RequestMapping("/tcr/v2")
class CampaignController {

    private final Campaigns campaigns;

    CampaignController(Campaigns campaigns) {
        this.campaigns = campaigns;
    }

    /** Creates an ACTIVE campaign; each carrier's review follows asynchronously (MNO_CAMPAIGN_OPERATION_*). */
    @PostMapping("/campaignBuilder")
    Map<String, Object> create(@RequestBody CampaignRequest request) {
        return campaigns.create(request).json();
    }

    @GetMapping("/campaign/{campaignId}")
    Map<String, Object> get(@PathVariable String campaignId) {
        return campaigns.get(campaignId).json();
    }

    /** Changes the fields given and resubmits the campaign to every carrier. */
    @PutMapping("/campaign/{campaignId}")
    Map<String, Object> edit(@PathVariable String campaignId, @RequestBody(required = false) CampaignRequest edit) {
        return campaigns.resubmit(campaignId, edit).json();
    }

    /** Resubmits the campaign unchanged (after a rejection was fixed elsewhere, say). */
    @PutMapping("/campaign/{campaignId}/resubmit")
    Map<String, Object> resubmit(@PathVariable String campaignId) {
        return campaigns.resubmit(campaignId, null).json();
    }

    /** Deactivates the campaign: EXPIRED, and a CAMPAIGN_EXPIRED webhook. */
    @DeleteMapping("/campaign/{campaignId}")
    Map<String, Object> deactivate(@PathVariable String campaignId) {
        return campaigns.deactivate(campaignId).json();
    }

    /** Each carrier's status by network id: {"10017":"APPROVED","10035":"REVIEW","10037":"APPROVED"}. */
    @GetMapping("/campaign/{campaignId}/operationStatus")
    Map<String, String> operationStatus(@PathVariable String campaignId) {
        return new TreeMap<>(campaigns.get(campaignId).operationStatus());
    }
}
