import { ec2QueryService } from "../../protocols/ec2-query";
import type { ServiceHandler } from "../../protocols/types";
import { describeFlowLogs } from "./describe-flow-logs";
import { describeNetworkAcls } from "./describe-network-acls";
import { describeNetworkInterfaces } from "./describe-network-interfaces";
import { describeRouteTables } from "./describe-route-tables";
import { describeSecurityGroups } from "./describe-security-groups";
import { describeSubnets, describeVpcs } from "./describe-subnets-and-vpcs";
import { describeVpcEndpoints } from "./describe-vpc-endpoints";
import { ec2FaultErrors } from "./ec2-errors";

export function ec2Service(): ServiceHandler {
  return ec2QueryService(
    {
      DescribeVpcEndpoints: describeVpcEndpoints,
      DescribeNetworkInterfaces: describeNetworkInterfaces,
      DescribeSecurityGroups: describeSecurityGroups,
      DescribeSubnets: describeSubnets,
      DescribeVpcs: describeVpcs,
      DescribeFlowLogs: describeFlowLogs,
      DescribeNetworkAcls: describeNetworkAcls,
      DescribeRouteTables: describeRouteTables,
    },
    ec2FaultErrors,
  );
}
