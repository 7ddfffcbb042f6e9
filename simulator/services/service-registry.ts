import { restJsonService } from "../protocols/rest-json";
import type { ServiceHandler, ServiceName } from "../protocols/types";
import { athenaService } from "./athena/athena-service";
import { cloudWatchService } from "./cloudwatch/cloudwatch-service";
import { ec2Service } from "./ec2/ec2-service";
import { glueService } from "./glue/glue-service";
import { logsService } from "./logs/logs-service";
import { monitorRoutes } from "./networkflowmonitor/monitors";
import { organizationsService } from "./organizations/organizations-service";
import { s3Service } from "./s3/s3-service";
import { stsService } from "./sts/sts-service";
import { latticeFaultErrors } from "./vpc-lattice/lattice-errors";
import { vpcLatticeService } from "./vpc-lattice/vpc-lattice-service";

export function createServiceRegistry(): Record<ServiceName, ServiceHandler> {
  return {
    "vpc-lattice": vpcLatticeService(),
    ec2: ec2Service(),
    monitoring: cloudWatchService(),
    logs: logsService(),
    sts: stsService(),
    organizations: organizationsService(),
    glue: glueService(),
    athena: athenaService(),
    s3: s3Service(),
    // Network Flow Monitor speaks REST-JSON with the same error names as VPC Lattice.
    networkflowmonitor: restJsonService(monitorRoutes, latticeFaultErrors),
  };
}
